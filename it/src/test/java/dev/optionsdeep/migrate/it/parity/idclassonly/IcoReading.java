package dev.optionsdeep.migrate.it.parity.idclassonly;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Every reading: keyed by sensor, channel and time (taken_at joins the primary key, not null). */
@Entity
@Table(name = "ico_reading")
@IdClass(IcoReadingKey.class)
public class IcoReading extends IcoSample {
}
