package dev.optionsdeep.migrate.change;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.List;
import java.util.Objects;

/**
 * Renames a primary key, unique, foreign key or check constraint of a table (a key's index follows
 * it). After a table or column rename, PostgreSQL keeps the old constraint names; this gives them the
 * names the model derives from the new ones, without dropping and re-creating anything.
 */
public record RenameConstraint(String table, String from, String to) implements Change {

    public RenameConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("rename constraint " + from + " to itself");
        }
    }

    @Override
    public Change inverse() {
        return new RenameConstraint(table, to, from);
    }

    @Override
    public Schema applyTo(Schema schema) {
        Table t = Tables.existing(schema, table, this);
        if (has(t, to)) {
            throw new IllegalStateException("cannot " + describe() + ": the table has a constraint " + to + " already");
        }
        if (t.primaryKey() != null && t.primaryKey().name().equals(from)) {
            return schema.with(new Table(table, t.columns(), new PrimaryKey(to, t.primaryKey().columns()),
                    t.uniqueConstraints(), t.indexes(), t.foreignKeys(), t.checks(), t.comment()));
        }
        if (t.uniqueConstraints().stream().anyMatch(u -> u.name().equals(from))) {
            return schema.with(t.withUniqueConstraints(t.uniqueConstraints().stream()
                    .map(u -> u.name().equals(from) ? new UniqueConstraint(to, u.columns()) : u).toList()));
        }
        if (t.foreignKeys().stream().anyMatch(f -> f.name().equals(from))) {
            return schema.with(t.withForeignKeys(t.foreignKeys().stream().map(f -> f.name().equals(from)
                    ? new ForeignKey(to, f.columns(), f.referencedTable(), f.referencedColumns(), f.onDelete()) : f).toList()));
        }
        if (t.checks().stream().anyMatch(c -> c.name().equals(from))) {
            return schema.with(t.withChecks(t.checks().stream()
                    .map(c -> c.name().equals(from) ? new CheckConstraint(to, c.expression()) : c).toList()));
        }
        throw new IllegalStateException("cannot " + describe() + ": the constraint does not exist");
    }

    private static boolean has(Table t, String name) {
        List<String> names = new java.util.ArrayList<>();
        if (t.primaryKey() != null) {
            names.add(t.primaryKey().name());
        }
        t.uniqueConstraints().forEach(u -> names.add(u.name()));
        t.foreignKeys().forEach(f -> names.add(f.name()));
        t.checks().forEach(c -> names.add(c.name()));
        return names.contains(name);
    }

    @Override
    public String describe() {
        return "rename constraint " + from + " on " + table + " to " + to;
    }
}
