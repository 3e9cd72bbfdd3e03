package dev.optionsdeep.migrate.schema;

/**
 * A sequence, as JPA's {@code @SequenceGenerator} declares it: Hibernate checks at start-up that
 * the increment equals the allocation size. Named as tables are: {@code name} in the database's default
 * schema, {@code schema.name} in another one ({@code @SequenceGenerator(schema = …)}).
 */
public record Sequence(String name, long start, long increment) {

    public Sequence {
        Names.requireQualified(name, "sequence");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " cannot have an increment of 0");
        }
    }

    /** The schema the sequence is in; null for the database's default schema. */
    public String schemaName() {
        return Table.schemaOf(name);
    }

    /** {@code orders_seq start 1 increment 50}. */
    public String describe() {
        return name + " start " + start + " increment " + increment;
    }
}
