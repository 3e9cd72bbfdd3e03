package dev.optionsdeep.migrate.schema;

import java.util.List;

/** A unique constraint; {@code columns} in constraint order. */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        Names.require(name, "unique constraint name");
        columns = Names.requireColumns(columns, "unique constraint " + name);
    }
}
