package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.Objects;

/**
 * Sets, changes or removes a table's comment ({@code COMMENT ON TABLE}). Carries the comment before
 * and after (null for none), so the inverse is exact.
 */
public record CommentOnTable(String table, String from, String to) implements Change {

    public CommentOnTable {
        Objects.requireNonNull(table, "table");
        if (Objects.equals(from, to)) {
            throw new IllegalArgumentException("comment on table " + table + " changes nothing");
        }
    }

    @Override
    public Change inverse() {
        return new CommentOnTable(table, to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (!Objects.equals(t.comment(), from)) {
            throw new IllegalStateException("cannot " + describe() + ": its comment is not "
                    + (from == null ? "absent" : AlterColumn.quoted(from)));
        }
        return schema.with(t.withComment(to));
    }

    @Override
    public String describe() {
        return to == null ? "remove the comment of table " + table
                : "comment on table " + table + ": " + AlterColumn.quoted(to);
    }
}
