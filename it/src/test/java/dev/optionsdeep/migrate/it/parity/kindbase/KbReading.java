package dev.optionsdeep.migrate.it.parity.kindbase;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;

import java.time.LocalDateTime;

/** A value a device reported, keyed through the id class this base names for every table of readings. */
@MappedSuperclass
@IdClass(KbReadingKey.class)
public abstract class KbReading {

    @Id
    @Column(name = "DEVICE_ID", length = 22, nullable = false)
    String deviceId;

    @Id
    @Column(name = "CHANNEL", nullable = false)
    String channel;

    @Id
    @Column(name = "TAKEN_AT", nullable = false, updatable = false, columnDefinition = "TIMESTAMP")
    LocalDateTime takenAt;

    @Column(name = "READING", nullable = false, length = 500)
    String reading;
}
