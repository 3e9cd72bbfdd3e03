package dev.optionsdeep.migrate.it.parity.shadowed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The same base without a field declared again. */
@Entity
@Table(name = "shd_schedule")
public class ShdSchedule extends ShdVersioned {

    @Column(name = "cron", length = 60)
    private String cron;
}
