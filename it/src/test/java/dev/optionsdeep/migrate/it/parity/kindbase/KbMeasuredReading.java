package dev.optionsdeep.migrate.it.parity.kindbase;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What was measured. */
@Entity
@Table(name = "KB_MEASURED_READING")
public class KbMeasuredReading extends KbReading {
}
