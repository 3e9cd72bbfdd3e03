package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

/** Lookups that changes share when they apply themselves to a schema. */
final class Tables {

    private Tables() {
    }

    static Table existing(Schema schema, String table, Change change) {
        return schema.table(table).orElseThrow(() -> new IllegalStateException(
                "cannot " + change.describe() + ": table " + table + " does not exist"));
    }

    static void absent(Schema schema, String table, Change change) {
        if (schema.table(table).isPresent()) {
            throw new IllegalStateException("cannot " + change.describe() + ": table " + table + " already exists");
        }
    }

    static String columns(java.util.List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }
}
