package dev.optionsdeep.migrate.it.parity.structure;

/** A plain class in the chain: as in JPA, its fields are not persistent. */
public abstract class Described extends Auditable {
    private String notMapped;
}
