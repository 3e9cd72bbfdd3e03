package dev.optionsdeep.migrate.it.parity.auditgaps;

import jakarta.persistence.Entity;

/** A powered asset. */
@Entity
@org.hibernate.envers.Audited
public class AgMachine extends AgAsset {

    int watts;
}
