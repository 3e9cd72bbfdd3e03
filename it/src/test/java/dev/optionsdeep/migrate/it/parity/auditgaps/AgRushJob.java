package dev.optionsdeep.migrate.it.parity.auditgaps;

import jakarta.persistence.Entity;

/** A job due within hours. */
@Entity
public class AgRushJob extends AgJob {

    Integer hours;
}
