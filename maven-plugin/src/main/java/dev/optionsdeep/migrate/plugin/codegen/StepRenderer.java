package dev.optionsdeep.migrate.plugin.codegen;

import com.palantir.javapoet.ClassName;
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
import dev.optionsdeep.migrate.migration.Definitions;
import dev.optionsdeep.migrate.schema.CheckConstraint;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Sequence;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Writes each change as the one {@code ops} call a person would write for it, and remembers which
 * {@link Definitions} helpers those calls use so that only those are imported.
 */
final class StepRenderer {

    static final ClassName DEFINITIONS = ClassName.get(Definitions.class);

    private final SortedSet<String> usedDefinitions = new TreeSet<>();

    /** One statement, without its semicolon. */
    StepCode step(Change change) {
        if (change instanceof CreateTable c) {
            return table("createTable", c.table());
        } else if (change instanceof DropTable d) {
            return table("dropTable", d.table());
        } else if (change instanceof AddColumn a) {
            return tableCall("addColumn", StringLiterals.text(a.table()), column(a.column()));
        } else if (change instanceof DropColumn d) {
            return tableCall("dropColumn", StringLiterals.text(d.table()), column(d.column()));
        } else if (change instanceof AlterColumn a) {
            return tableCall("alterColumn", StringLiterals.text(a.table()), column(a.from()), column(a.to()));
        } else if (change instanceof CreateIndex c) {
            return named((c.index().unique() ? "createUniqueIndex" : "createIndex") + (c.concurrently() ? "Concurrently" : ""),
                    c.index().name(), c.table(), c.index().columns());
        } else if (change instanceof DropIndex d) {
            // Operations.dropIndex records a non-unique index: a unique one needs its own call to round-trip.
            return named((d.index().unique() ? "dropUniqueIndex" : "dropIndex") + (d.concurrently() ? "Concurrently" : ""),
                    d.index().name(), d.table(), d.index().columns());
        } else if (change instanceof AddUniqueConstraint a) {
            return named("addUniqueConstraint", a.constraint().name(), a.table(), a.constraint().columns());
        } else if (change instanceof DropUniqueConstraint d) {
            return named("dropUniqueConstraint", d.constraint().name(), d.table(), d.constraint().columns());
        } else if (change instanceof AddForeignKey a) {
            return tableCall("addForeignKey", StringLiterals.text(a.table()), foreignKey(a.foreignKey()));
        } else if (change instanceof DropForeignKey d) {
            return tableCall("dropForeignKey", StringLiterals.text(d.table()), foreignKey(d.foreignKey()));
        } else if (change instanceof AddCheckConstraint a) {
            return call("addCheckConstraint", StringLiterals.text(a.check().name()), StringLiterals.text(a.table()),
                    StringLiterals.text(a.check().expression()));
        } else if (change instanceof DropCheckConstraint d) {
            return call("dropCheckConstraint", StringLiterals.text(d.check().name()), StringLiterals.text(d.table()),
                    StringLiterals.text(d.check().expression()));
        } else if (change instanceof CreateSequence c) {
            return sequence("createSequence", c.sequence());
        } else if (change instanceof DropSequence d) {
            return sequence("dropSequence", d.sequence());
        } else if (change instanceof ExecuteSql e) {
            return call(e.transactional() ? "execute" : "executeOutsideTransaction", SqlLiterals.of(e.sql()));
        }
        StepCode rename = rename(change);
        if (rename != null) {
            return rename;
        }
        return attributeStep(change);
    }

    /** Comments, primary keys, sequence changes and schemas. */
    private StepCode attributeStep(Change change) {
        if (change instanceof CommentOnTable c) {
            return call("alterTableComment", StringLiterals.text(c.table()), nullable(c.from()), nullable(c.to()));
        } else if (change instanceof AddPrimaryKey a) {
            return named("addPrimaryKey", a.primaryKey().name(), a.table(), a.primaryKey().columns());
        } else if (change instanceof DropPrimaryKey d) {
            return named("dropPrimaryKey", d.primaryKey().name(), d.table(), d.primaryKey().columns());
        } else if (change instanceof AlterSequence a) {
            return new StepCode().text("ops.alterSequence(" + StringLiterals.text(a.from().name()) + ", "
                    + a.from().start() + "L, " + a.from().increment() + "L,").space()
                    .text(a.to().start() + "L, " + a.to().increment() + "L)");
        } else if (change instanceof CreateSchema c) {
            return call("createSchema", StringLiterals.text(c.name()));
        } else if (change instanceof DropSchema d) {
            return call("dropSchema", StringLiterals.text(d.name()));
        }
        // Java 17 cannot check a sealed switch for exhaustiveness, so a new kind of change lands here.
        throw new IllegalArgumentException("no migration code for " + change.getClass().getSimpleName()
                + " (" + change.describe() + ")");
    }

    /** {@code ops.renameColumn("companies", "ticker", "symbol")} and the like; null for other changes. */
    private static StepCode rename(Change change) {
        if (change instanceof RenameTable r) {
            return call("renameTable", StringLiterals.text(r.from()), StringLiterals.text(r.to()));
        } else if (change instanceof RenameColumn r) {
            return call("renameColumn", StringLiterals.text(r.table()), StringLiterals.text(r.from()), StringLiterals.text(r.to()));
        } else if (change instanceof RenameConstraint r) {
            return call("renameConstraint", StringLiterals.text(r.table()), StringLiterals.text(r.from()), StringLiterals.text(r.to()));
        } else if (change instanceof RenameIndex r) {
            return call("renameIndex", StringLiterals.text(r.table()), StringLiterals.text(r.from()), StringLiterals.text(r.to()));
        }
        return null;
    }

    /** The {@link Definitions} methods used so far, sorted. */
    SortedSet<String> usedDefinitions() {
        return Collections.unmodifiableSortedSet(usedDefinitions);
    }

    /** {@code createTable}/{@code dropTable}: the table name, then one element per line. */
    private StepCode table(String method, Table table) {
        StepCode code = new StepCode().text("ops." + method + "(" + StringLiterals.text(table.name()));
        for (Column column : table.columns()) {
            code.text(",\n").add(column(column));
        }
        if (table.primaryKey() != null) {
            code.text(",\n").add(definition("primaryKey", table.primaryKey().name(), table.primaryKey().columns()));
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            code.text(",\n").add(definition("unique", unique.name(), unique.columns()));
        }
        for (CheckConstraint check : table.checks()) {
            usedDefinitions.add("check");
            code.text(",\ncheck(" + StringLiterals.text(check.name()) + ",").space()
                    .text(StringLiterals.text(check.expression()) + ")");
        }
        if (table.comment() != null) {
            usedDefinitions.add("tableComment");
            code.text(",\ntableComment(" + StringLiterals.text(table.comment()) + ")");
        }
        return code.text(")");
    }

    /** {@code foreignKey("name", "column").references("table", "id")}, with {@code .onDelete(…)} when not the default. */
    private StepCode foreignKey(ForeignKey key) {
        usedDefinitions.add("foreignKey");
        // No line breaks inside the chain: it reads as one sentence.
        String code = "foreignKey(" + unbroken(key.name(), key.columns()) + ").references("
                + unbroken(key.referencedTable(), key.referencedColumns()) + ")";
        if (!key.onDelete().equals(ForeignKey.NO_ACTION)) {
            code += ".onDelete(" + StringLiterals.text(key.onDelete()) + ")";
        }
        return new StepCode().text(code);
    }

    private StepCode column(Column column) {
        usedDefinitions.add("column");
        // identity() implies not null, so writing notNull() as well would only add noise.
        String constraint = column.identity() ? ".identity()" : column.nullable() ? "" : ".notNull()";
        StepCode code = new StepCode().text("column(" + StringLiterals.text(column.name()) + ", "
                + StringLiterals.text(column.type()) + ")" + constraint);
        if (column.defaultValue() != null) {
            code.text(".defaultValue(" + StringLiterals.text(column.defaultValue()) + ")");
        }
        if (column.comment() != null) {
            code.text(".comment(" + StringLiterals.text(column.comment()) + ")");
        }
        if (column.verbatim() != null) {
            code.mayBreak().text(".verbatim(" + StringLiterals.text(column.verbatim().sql()) + ", "
                    + StringLiterals.text(column.verbatim().attribute()) + ")");
        }
        return code;
    }

    private static String nullable(String text) {
        return text == null ? "null" : StringLiterals.text(text);
    }

    private StepCode definition(String method, String name, List<String> columns) {
        usedDefinitions.add(method);
        return new StepCode().text(method + "(").add(strings(name, columns)).text(")");
    }

    /** A call taking a name, a table and columns, as the index and constraint operations do. */
    private static StepCode named(String method, String name, String table, List<String> columns) {
        return new StepCode().text("ops." + method + "(" + StringLiterals.text(name) + ",").space()
                .add(strings(table, columns)).text(")");
    }

    private static StepCode sequence(String method, Sequence sequence) {
        return new StepCode().text("ops." + method + "(" + StringLiterals.text(sequence.name()) + ", "
                + sequence.start() + "L, " + sequence.increment() + "L)");
    }

    private static StepCode call(String method, String... arguments) {
        StepCode code = new StepCode().text("ops." + method + "(");
        for (int i = 0; i < arguments.length; i++) {
            if (i > 0) {
                code.text(",").space();
            }
            code.text(arguments[i]);
        }
        return code.text(")");
    }

    private static StepCode tableCall(String method, String table, StepCode... rest) {
        StepCode code = new StepCode().text("ops." + method + "(" + table);
        for (StepCode argument : rest) {
            code.text(",").space().add(argument);
        }
        return code.text(")");
    }

    private static String unbroken(String first, List<String> rest) {
        StringBuilder code = new StringBuilder(StringLiterals.text(first));
        rest.forEach(s -> code.append(", ").append(StringLiterals.text(s)));
        return code.toString();
    }

    private static StepCode strings(String first, List<String> rest) {
        StepCode code = new StepCode().text(StringLiterals.text(first));
        rest.forEach(s -> code.text(",").space().text(StringLiterals.text(s)));
        return code;
    }
}
