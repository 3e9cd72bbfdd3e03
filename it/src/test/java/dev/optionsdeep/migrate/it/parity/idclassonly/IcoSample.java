package dev.optionsdeep.migrate.it.parity.idclassonly;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/** What every stored sample has; only the sensor and the channel are marked as the key here. */
@MappedSuperclass
public abstract class IcoSample {

    @Id
    @Column(name = "sensor_id", columnDefinition = "uuid")
    protected UUID sensorId;

    @Id
    @Column(name = "channel")
    protected int channel;

    @Column(name = "taken_at")
    protected Long takenAt;

    @Column(name = "reading")
    protected Double reading;
}
