package dev.optionsdeep.migrate.schema;

import java.util.List;

/** A primary key constraint; {@code columns} in key order. */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        Names.require(name, "primary key name");
        columns = Names.requireColumns(columns, "primary key " + name);
    }
}
