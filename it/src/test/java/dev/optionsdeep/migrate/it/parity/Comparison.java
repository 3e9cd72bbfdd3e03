package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * A schema as lines to compare, one per object (comments and defaults included), sorted. Names of constraints and indexes count only
 * where the model gave one explicitly: elsewhere Hibernate and Migrate each choose their own, and the
 * parity rule lets them differ.
 */
final class Comparison {

    private Comparison() {
    }

    /** @param model the entity model, which tells which names were given explicitly */
    static List<String> describe(Schema schema, Schema model) {
        List<String> lines = new ArrayList<>();
        for (Table t : schema.tables()) {
            Table declared = model.table(t.name()).orElse(null);
            lines.add("table " + t.name());
            if (t.comment() != null) {
                lines.add("comment on table " + t.name() + ": " + t.comment());
            }
            for (Column c : t.columns()) {
                // describe() includes the default, as PostgreSQL prints it back.
                lines.add("column " + t.name() + "." + c.describe());
                if (c.comment() != null) {
                    lines.add("comment on column " + t.name() + "." + c.name() + ": " + c.comment());
                }
            }
            if (t.primaryKey() != null) {
                lines.add("primary key " + t.name() + t.primaryKey().columns());
            }
            for (UniqueConstraint u : t.uniqueConstraints()) {
                lines.add("unique " + t.name() + u.columns() + named(u.name(), declared));
            }
            for (ForeignKey f : t.foreignKeys()) {
                lines.add("foreign key " + t.name() + f.describe() + namedForeignKey(f.name(), declared));
            }
            for (Index i : t.indexes()) {
                lines.add((i.unique() ? "unique index " : "index ") + t.name() + i.columns() + named(i.name(), declared));
            }
            for (CheckConstraint k : t.checks()) {
                lines.add("check " + t.name() + " " + k.expression() + checkNamed(k.name(), declared));
            }
        }
        schema.sequences().forEach(q -> lines.add("sequence " + q.describe()));
        lines.sort(null);
        return lines;
    }

    /** The name, when the model gave it explicitly (it differs from Migrate's default scheme). */
    private static String named(String name, Table declared) {
        if (declared == null) {
            return "";
        }
        boolean explicit = declared.uniqueConstraints().stream().anyMatch(u -> u.name().equals(name)
                && !name.equals(defaultName(declared.localName(), u.columns(), "key")))
                || declared.indexes().stream().anyMatch(i -> i.name().equals(name)
                && !name.equals(defaultName(declared.localName(), i.columns(), i.unique() ? "key" : "idx"))
                && !name.equals(defaultName(declared.localName(), i.columns(), "idx")));
        return explicit ? " named " + name : "";
    }

    /**
     * The foreign key's name, when the model gave it explicitly ({@code @ForeignKey(name)}): then
     * Hibernate must have created it under that very name. Elsewhere Hibernate makes up a hashed name.
     */
    private static String namedForeignKey(String name, Table declared) {
        if (declared == null) {
            return "";
        }
        boolean explicit = declared.foreignKeys().stream().anyMatch(f -> f.name().equals(name)
                && !name.equals(defaultName(declared.localName(), f.columns(), "fkey")));
        return explicit ? " named " + name : "";
    }

    /**
     * The name of a check, when the model gave it explicitly: neither Migrate's names for the checks it
     * derives ({@code <table>_..._check}, numbered or not) nor PostgreSQL's for Hibernate's unnamed ones
     * follow one scheme, so only names that do not end so count.
     */
    private static String checkNamed(String name, Table declared) {
        boolean explicit = declared != null && declared.checks().stream().anyMatch(k -> k.name().equals(name))
                && !name.matches(java.util.regex.Pattern.quote(declared.localName()) + "_.*check\\d*")
                && declared.columns().stream().noneMatch(c -> name.equals(postgresName(declared.localName(), c.name(), "check")))
                && !name.equals(postgresName(declared.localName(), null, "check"));
        return explicit ? " named " + name : "";
    }

    private static String defaultName(String table, List<String> columns, String suffix) {
        return postgresName(table, String.join("_", columns.stream().map(c -> c.replaceFirst(" DESC$", "")).toList()),
                suffix);
    }

    /**
     * The name PostgreSQL gives an unnamed constraint (its makeObjectName, written here apart from Migrate's):
     * within 63 bytes the label stays whole, the longer of table and columns loses a byte at a time, and
     * each is then cut back to a whole character.
     */
    private static String postgresName(String table, String columns, String label) {
        byte[] first = table.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] second = columns == null ? new byte[0] : columns.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int available = 63 - label.length() - 1 - (columns == null ? 0 : 1);
        int a = first.length;
        int b = second.length;
        while (a + b > available) {
            if (a > b) {
                a--;
            } else {
                b--;
            }
        }
        return whole(first, a) + (columns == null ? "" : "_" + whole(second, b)) + "_" + label;
    }

    /** The first {@code length} bytes of UTF-8 {@code bytes}, less a character they would split. */
    private static String whole(byte[] bytes, int length) {
        while (length > 0 && length < bytes.length && (bytes[length] & 0xC0) == 0x80) {
            length--;
        }
        return new String(bytes, 0, length, java.nio.charset.StandardCharsets.UTF_8);
    }
}
