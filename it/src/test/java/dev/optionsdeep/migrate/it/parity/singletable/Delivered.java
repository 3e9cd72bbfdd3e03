package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.MappedSuperclass;

/** Between a root and its subclass: its attributes are the subclass's. */
@MappedSuperclass
public abstract class Delivered extends Notification {
    private int retries;
}
