package dev.optionsdeep.migrate.it.parity.sharedtable;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An audit event as the first version wrote it. */
@Entity
@Table(name = "st_event")
public class StEvent extends StEventBase {
}
