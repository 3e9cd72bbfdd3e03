package dev.optionsdeep.migrate.schema;

/**
 * A sequence, as JPA's {@code @SequenceGenerator} declares it: Hibernate checks at start-up that
 * the increment equals the allocation size.
 */
public record Sequence(String name, long start, long increment) {

    public Sequence {
        Names.require(name, "sequence name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " cannot have an increment of 0");
        }
    }

    /** {@code orders_seq start 1 increment 50}. */
    public String describe() {
        return name + " start " + start + " increment " + increment;
    }
}
