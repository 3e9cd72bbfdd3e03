package dev.optionsdeep.migrate.schema;

import java.util.List;

/**
 * An index over plain columns.
 *
 * @param columns each a column name, optionally followed by {@code " DESC"}, in index order
 */
public record Index(String name, List<String> columns, boolean unique) {

    public Index {
        Names.require(name, "index name");
        columns = Names.requireColumns(columns, "index " + name);
    }
}
