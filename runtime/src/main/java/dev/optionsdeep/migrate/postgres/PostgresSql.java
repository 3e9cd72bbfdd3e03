package dev.optionsdeep.migrate.postgres;

import dev.optionsdeep.migrate.change.AddCheckConstraint;
import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AddForeignKey;
import dev.optionsdeep.migrate.change.AddUniqueConstraint;
import dev.optionsdeep.migrate.change.AddPrimaryKey;
import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.AlterSequence;
import dev.optionsdeep.migrate.change.CommentOnTable;
import dev.optionsdeep.migrate.change.CreateSchema;
import dev.optionsdeep.migrate.change.DropPrimaryKey;
import dev.optionsdeep.migrate.change.DropSchema;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateSequence;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.change.DropCheckConstraint;
import dev.optionsdeep.migrate.change.DropColumn;
import dev.optionsdeep.migrate.change.DropForeignKey;
import dev.optionsdeep.migrate.change.DropIndex;
import dev.optionsdeep.migrate.change.DropSequence;
import dev.optionsdeep.migrate.change.DropTable;
import dev.optionsdeep.migrate.change.DropUniqueConstraint;
import dev.optionsdeep.migrate.change.ExecuteSql;
import dev.optionsdeep.migrate.change.RenameColumn;
import dev.optionsdeep.migrate.change.RenameConstraint;
import dev.optionsdeep.migrate.change.RenameIndex;
import dev.optionsdeep.migrate.change.RenameTable;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The only place that writes PostgreSQL DDL: a change in, its statements out. */
public final class PostgresSql {

    private PostgresSql() {
    }

    public static List<Statement> statements(Change change) {
        if (change instanceof CreateTable c) {
            return createTable(c.table());
        }
        if (change instanceof AlterColumn a) {
            return alterColumn(a);
        }
        if (change instanceof ExecuteSql e && !e.transactional()) {
            return List.of(new Statement(e.sql(), false));
        }
        if (change instanceof CreateIndex c && c.concurrently()) {
            return List.of(new Statement(sql(change).replaceFirst("INDEX ", "INDEX CONCURRENTLY "), false));
        }
        if (change instanceof DropIndex d && d.concurrently()) {
            // IF EXISTS: a resumed revision may find the index gone, dropped by the run that was interrupted.
            return List.of(new Statement(sql(change).replaceFirst("INDEX ", "INDEX CONCURRENTLY IF EXISTS "), false));
        }
        if (change instanceof AddColumn a && a.column().comment() != null) {
            return List.of(Statement.transactional(sql(change)),
                    Statement.transactional(commentOnColumn(a.table(), a.column().name(), a.column().comment())));
        }
        return List.of(Statement.transactional(sql(change)));
    }

    /** The statements of several changes, in order. */
    public static List<Statement> statements(List<Change> changes) {
        List<Statement> out = new ArrayList<>();
        changes.forEach(c -> out.addAll(statements(c)));
        return List.copyOf(out);
    }

    private static String sql(Change change) {
        if (change instanceof DropTable d) {
            return "DROP TABLE " + table(d.table().name());
        } else if (change instanceof AddColumn a) {
            return "ALTER TABLE " + table(a.table()) + " ADD COLUMN " + column(a.column());
        } else if (change instanceof DropColumn d) {
            return "ALTER TABLE " + table(d.table()) + " DROP COLUMN " + q(d.column().name());
        } else if (change instanceof CreateIndex c) {
            return "CREATE " + (c.index().unique() ? "UNIQUE " : "") + "INDEX " + q(c.index().name())
                    + " ON " + table(c.table()) + " (" + indexColumns(c.index().columns()) + ")";
        } else if (change instanceof DropIndex d) {
            // An index lives in its table's schema.
            return "DROP INDEX " + table(Table.qualified(Table.schemaOf(d.table()), d.index().name()));
        } else if (change instanceof AddUniqueConstraint a) {
            return "ALTER TABLE " + table(a.table()) + " ADD " + unique(a.constraint());
        } else if (change instanceof DropUniqueConstraint d) {
            return "ALTER TABLE " + table(d.table()) + " DROP CONSTRAINT " + q(d.constraint().name());
        } else if (change instanceof AddForeignKey a) {
            return "ALTER TABLE " + table(a.table()) + " ADD " + foreignKey(a.foreignKey());
        } else if (change instanceof DropForeignKey d) {
            return "ALTER TABLE " + table(d.table()) + " DROP CONSTRAINT " + q(d.foreignKey().name());
        } else if (change instanceof AddCheckConstraint a) {
            return "ALTER TABLE " + table(a.table()) + " ADD " + check(a.check());
        } else if (change instanceof DropCheckConstraint d) {
            return "ALTER TABLE " + table(d.table()) + " DROP CONSTRAINT " + q(d.check().name());
        } else if (change instanceof CreateSequence c) {
            return "CREATE SEQUENCE " + table(c.sequence().name()) + " START WITH " + c.sequence().start()
                    + " INCREMENT BY " + c.sequence().increment();
        } else if (change instanceof DropSequence d) {
            return "DROP SEQUENCE " + table(d.sequence().name());
        } else if (change instanceof AlterSequence a) {
            return alterSequence(a);
        } else if (change instanceof CommentOnTable c) {
            return "COMMENT ON TABLE " + table(c.table()) + " IS " + comment(c.to());
        } else if (change instanceof AddPrimaryKey a) {
            return "ALTER TABLE " + table(a.table()) + " ADD " + primaryKey(a.primaryKey());
        } else if (change instanceof DropPrimaryKey d) {
            return "ALTER TABLE " + table(d.table()) + " DROP CONSTRAINT " + q(d.primaryKey().name());
        } else if (change instanceof CreateSchema c) {
            return "CREATE SCHEMA IF NOT EXISTS " + q(c.name());
        } else if (change instanceof DropSchema d) {
            return "DROP SCHEMA " + q(d.name());
        } else if (change instanceof ExecuteSql e) {
            return e.sql();
        }
        String rename = rename(change);
        if (rename != null) {
            return rename;
        }
        throw new IllegalArgumentException("no SQL for " + change);
    }

    /** Renames keep the object and its data: PostgreSQL only changes the catalog. */
    private static String rename(Change change) {
        if (change instanceof RenameTable r) {
            // RENAME TO takes a bare name: the table stays in its schema.
            return "ALTER TABLE " + table(r.from()) + " RENAME TO " + q(localName(r.to()));
        } else if (change instanceof RenameColumn r) {
            return "ALTER TABLE " + table(r.table()) + " RENAME COLUMN " + q(r.from()) + " TO " + q(r.to());
        } else if (change instanceof RenameConstraint r) {
            return "ALTER TABLE " + table(r.table()) + " RENAME CONSTRAINT " + q(r.from()) + " TO " + q(r.to());
        } else if (change instanceof RenameIndex r) {
            // An index lives in its table's schema.
            return "ALTER INDEX " + table(Table.qualified(Table.schemaOf(r.table()), r.from())) + " RENAME TO " + q(r.to());
        }
        return null;
    }

    /**
     * Identity and an old default go first (a default of the old type may not cast to the new one,
     * and a column cannot have both a default and identity), then the type (identity needs an
     * integer), then NOT NULL before identity is added (identity needs it), identity dropped before
     * NOT NULL is, the new default last. One statement each, so a failure names its step.
     */
    private static List<Statement> alterColumn(AlterColumn a) {
        String column = "ALTER TABLE " + table(a.table()) + " ALTER COLUMN " + q(a.to().name());
        List<Statement> out = new ArrayList<>();
        boolean resetDefault = a.defaultChanged() || a.typeChanged();
        if (a.from().identity() && !a.to().identity()) {
            out.add(Statement.transactional(column + " DROP IDENTITY"));
        }
        if (a.from().defaultValue() != null && resetDefault) {
            out.add(Statement.transactional(column + " DROP DEFAULT"));
        }
        if (a.typeChanged()) {
            out.add(Statement.transactional(column + " TYPE " + a.to().type()
                    + (Casts.needsUsing(a.from().type(), a.to().type()) ? " USING " + q(a.to().name()) + "::" + a.to().type() : "")));
        }
        if (a.from().nullable() && !a.to().nullable()) {
            out.add(Statement.transactional(column + " SET NOT NULL"));
        }
        if (!a.from().nullable() && a.to().nullable()) {
            out.add(Statement.transactional(column + " DROP NOT NULL"));
        }
        if (!a.from().identity() && a.to().identity()) {
            out.add(Statement.transactional(column + " ADD GENERATED BY DEFAULT AS IDENTITY"));
        }
        if (a.to().defaultValue() != null && resetDefault) {
            out.add(Statement.transactional(column + " SET DEFAULT " + a.to().defaultValue()));
        }
        if (a.commentChanged()) {
            out.add(Statement.transactional(commentOnColumn(a.table(), a.to().name(), a.to().comment())));
        }
        return List.copyOf(out);
    }

    /**
     * Only what changed. A new start is where {@code RESTART} without a value goes back to; the
     * sequence's position stays where it is (see {@link AlterSequence}). An increment of the other
     * sign takes the other direction's default range, which the current position lies outside of, so
     * the sequence restarts at its start.
     */
    private static String alterSequence(AlterSequence a) {
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE ").append(table(a.to().name()));
        if (a.from().increment() != a.to().increment()) {
            sql.append(" INCREMENT BY ").append(a.to().increment());
        }
        if (a.reversesDirection()) {
            sql.append(" NO MINVALUE NO MAXVALUE");
        }
        if (a.from().start() != a.to().start()) {
            sql.append(" START WITH ").append(a.to().start());
        }
        if (a.reversesDirection()) {
            sql.append(" RESTART");
        }
        return sql.toString();
    }

    private static String commentOnColumn(String table, String column, String comment) {
        return "COMMENT ON COLUMN " + table(table) + "." + q(column) + " IS " + comment(comment);
    }

    private static String comment(String comment) {
        return comment == null ? "NULL" : Literals.string(comment);
    }

    private static String primaryKey(PrimaryKey key) {
        return "CONSTRAINT " + q(key.name()) + " PRIMARY KEY (" + Identifiers.quoteAll(key.columns()) + ")";
    }

    private static String foreignKey(ForeignKey f) {
        return "CONSTRAINT " + q(f.name()) + " FOREIGN KEY (" + Identifiers.quoteAll(f.columns()) + ") REFERENCES "
                + table(f.referencedTable()) + " (" + Identifiers.quoteAll(f.referencedColumns()) + ")"
                + (f.onDelete().equals(ForeignKey.NO_ACTION) ? "" : " ON DELETE " + f.onDelete());
    }

    private static String check(CheckConstraint c) {
        return "CONSTRAINT " + q(c.name()) + " CHECK (" + c.expression() + ")";
    }

    /**
     * {@code CREATE TABLE}, then an {@code ALTER TABLE} for each unique constraint over the same
     * columns as the primary key or an earlier unique constraint: inside {@code CREATE TABLE},
     * PostgreSQL silently merges such a duplicate into the first one, while {@code ALTER TABLE}
     * creates what it is told, so the table ends up with every constraint the model names.
     */
    private static List<Statement> createTable(Table table) {
        List<String> lines = new ArrayList<>();
        List<Statement> afterwards = new ArrayList<>();
        Set<List<String>> keys = new HashSet<>();
        table.columns().forEach(c -> lines.add(column(c)));
        if (table.primaryKey() != null) {
            lines.add(primaryKey(table.primaryKey()));
            keys.add(table.primaryKey().columns());
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            if (keys.add(u.columns())) {
                lines.add(unique(u));
            } else {
                afterwards.add(Statement.transactional(sql(new AddUniqueConstraint(table.name(), u))));
            }
        }
        table.checks().forEach(c -> lines.add(check(c)));
        List<Statement> out = new ArrayList<>();
        out.add(Statement.transactional(
                "CREATE TABLE " + table(table.name()) + " (\n    " + String.join(",\n    ", lines) + "\n)"));
        out.addAll(afterwards);
        if (table.comment() != null) {
            out.add(Statement.transactional("COMMENT ON TABLE " + table(table.name()) + " IS " + comment(table.comment())));
        }
        table.columns().stream().filter(c -> c.comment() != null).forEach(c ->
                out.add(Statement.transactional(commentOnColumn(table.name(), c.name(), c.comment()))));
        return List.copyOf(out);
    }

    private static String column(Column c) {
        if (c.verbatim() != null) {
            // As Hibernate writes it: the name, then the definition (with its " not null"), and the identity clause
            // on an identity key.
            return q(c.name()) + " " + c.verbatim().sql() + (c.identity() ? " GENERATED BY DEFAULT AS IDENTITY" : "");
        }
        StringBuilder sb = new StringBuilder(q(c.name())).append(' ').append(c.type());
        if (c.defaultValue() != null) {
            sb.append(" DEFAULT ").append(c.defaultValue());
        }
        if (!c.nullable()) {
            sb.append(" NOT NULL");
        }
        if (c.identity()) {
            sb.append(" GENERATED BY DEFAULT AS IDENTITY");
        }
        return sb.toString();
    }

    private static String unique(UniqueConstraint u) {
        return "CONSTRAINT " + q(u.name()) + " UNIQUE (" + Identifiers.quoteAll(u.columns()) + ")";
    }

    private static String indexColumns(List<String> columns) {
        return columns.stream().map(c -> {
            if (c.regionMatches(true, Math.max(0, c.length() - 5), " DESC", 0, 5)) {
                return q(c.substring(0, c.length() - 5)) + " DESC";
            }
            return q(c);
        }).collect(Collectors.joining(", "));
    }

    private static String q(String name) {
        return Identifiers.quote(name);
    }

    private static String localName(String name) {
        String schema = Table.schemaOf(name);
        return schema == null ? name : name.substring(schema.length() + 1);
    }

    /** A table as the model names it: {@code table}, or {@code schema.table} with each part quoted. */
    /** A table name, {@code schema.table} or bare, quoted for SQL. */
    public static String table(String name) {
        String schema = Table.schemaOf(name);
        return schema == null ? q(name) : q(schema) + "." + q(name.substring(schema.length() + 1));
    }
}
