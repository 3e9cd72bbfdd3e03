package dev.optionsdeep.migrate.it.parity.kindbase;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What is expected, in a table of the same shape. */
@Entity
@Table(name = "KB_FORECAST_READING")
public class KbForecastReading extends KbReading {
}
