package dev.optionsdeep.migrate.plugin.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
    CodeBlock step(Change change) {
        if (change instanceof CreateTable c) {
            return table("createTable", c.table());
        } else if (change instanceof DropTable d) {
            return table("dropTable", d.table());
        } else if (change instanceof AddColumn a) {
            return call("addColumn", StringLiterals.of(a.table()), column(a.column()));
        } else if (change instanceof DropColumn d) {
            return call("dropColumn", StringLiterals.of(d.table()), column(d.column()));
        } else if (change instanceof AlterColumn a) {
            return call("alterColumn", StringLiterals.of(a.table()), column(a.from()), column(a.to()));
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
            return call("addForeignKey", StringLiterals.of(a.table()), foreignKey(a.foreignKey()));
        } else if (change instanceof DropForeignKey d) {
            return call("dropForeignKey", StringLiterals.of(d.table()), foreignKey(d.foreignKey()));
        } else if (change instanceof AddCheckConstraint a) {
            return call("addCheckConstraint", StringLiterals.of(a.check().name()), StringLiterals.of(a.table()),
                    StringLiterals.of(a.check().expression()));
        } else if (change instanceof DropCheckConstraint d) {
            return call("dropCheckConstraint", StringLiterals.of(d.check().name()), StringLiterals.of(d.table()),
                    StringLiterals.of(d.check().expression()));
        } else if (change instanceof CreateSequence c) {
            return CodeBlock.of("ops.createSequence($L, $LL, $LL)", StringLiterals.of(c.sequence().name()),
                    c.sequence().start(), c.sequence().increment());
        } else if (change instanceof DropSequence d) {
            return CodeBlock.of("ops.dropSequence($L, $LL, $LL)", StringLiterals.of(d.sequence().name()),
                    d.sequence().start(), d.sequence().increment());
        } else if (change instanceof ExecuteSql e) {
            return call(e.transactional() ? "execute" : "executeOutsideTransaction", SqlLiterals.of(e.sql()));
        }
        CodeBlock rename = rename(change);
        if (rename != null) {
            return rename;
        }
        return attributeStep(change);
    }

    /** Comments, primary keys, sequence changes and schemas. */
    private CodeBlock attributeStep(Change change) {
        if (change instanceof CommentOnTable c) {
            return call("alterTableComment", StringLiterals.of(c.table()), nullable(c.from()), nullable(c.to()));
        } else if (change instanceof AddPrimaryKey a) {
            return named("addPrimaryKey", a.primaryKey().name(), a.table(), a.primaryKey().columns());
        } else if (change instanceof DropPrimaryKey d) {
            return named("dropPrimaryKey", d.primaryKey().name(), d.table(), d.primaryKey().columns());
        } else if (change instanceof AlterSequence a) {
            return CodeBlock.of("ops.alterSequence($L, $LL, $LL,$W$LL, $LL)", StringLiterals.of(a.from().name()),
                    a.from().start(), a.from().increment(), a.to().start(), a.to().increment());
        } else if (change instanceof CreateSchema c) {
            return call("createSchema", StringLiterals.of(c.name()));
        } else if (change instanceof DropSchema d) {
            return call("dropSchema", StringLiterals.of(d.name()));
        }
        // Java 17 cannot check a sealed switch for exhaustiveness, so a new kind of change lands here.
        throw new IllegalArgumentException("no migration code for " + change.getClass().getSimpleName()
                + " (" + change.describe() + ")");
    }

    /** {@code ops.renameColumn("companies", "ticker", "symbol")} and the like; null for other changes. */
    private static CodeBlock rename(Change change) {
        if (change instanceof RenameTable r) {
            return call("renameTable", StringLiterals.of(r.from()), StringLiterals.of(r.to()));
        } else if (change instanceof RenameColumn r) {
            return call("renameColumn", StringLiterals.of(r.table()), StringLiterals.of(r.from()), StringLiterals.of(r.to()));
        } else if (change instanceof RenameConstraint r) {
            return call("renameConstraint", StringLiterals.of(r.table()), StringLiterals.of(r.from()), StringLiterals.of(r.to()));
        } else if (change instanceof RenameIndex r) {
            return call("renameIndex", StringLiterals.of(r.table()), StringLiterals.of(r.from()), StringLiterals.of(r.to()));
        }
        return null;
    }

    /** The {@link Definitions} methods used so far, sorted. */
    SortedSet<String> usedDefinitions() {
        return Collections.unmodifiableSortedSet(usedDefinitions);
    }

    /** {@code createTable}/{@code dropTable}: the table name, then one element per line. */
    private CodeBlock table(String method, Table table) {
        CodeBlock.Builder code = CodeBlock.builder().add("ops.$L($L", method, StringLiterals.of(table.name()));
        for (Column column : table.columns()) {
            code.add(",\n$L", column(column));
        }
        if (table.primaryKey() != null) {
            code.add(",\n$L", definition("primaryKey", table.primaryKey().name(), table.primaryKey().columns()));
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            code.add(",\n$L", definition("unique", unique.name(), unique.columns()));
        }
        for (CheckConstraint check : table.checks()) {
            usedDefinitions.add("check");
            code.add(",\n$T.check($L,$W$L)", DEFINITIONS, StringLiterals.of(check.name()),
                    StringLiterals.of(check.expression()));
        }
        if (table.comment() != null) {
            usedDefinitions.add("tableComment");
            code.add(",\n$T.tableComment($L)", DEFINITIONS, StringLiterals.of(table.comment()));
        }
        return code.add(")").build();
    }

    /** {@code foreignKey("name", "column").references("table", "id")}, with {@code .onDelete(…)} when not the default. */
    private CodeBlock foreignKey(ForeignKey key) {
        usedDefinitions.add("foreignKey");
        // No line breaks inside the chain: it reads as one sentence.
        CodeBlock.Builder code = CodeBlock.builder().add("$T.foreignKey($L)", DEFINITIONS, unbroken(key.name(), key.columns()))
                .add(".references($L)", unbroken(key.referencedTable(), key.referencedColumns()));
        if (!key.onDelete().equals(ForeignKey.NO_ACTION)) {
            code.add(".onDelete($L)", StringLiterals.of(key.onDelete()));
        }
        return code.build();
    }

    private CodeBlock column(Column column) {
        usedDefinitions.add("column");
        // identity() implies not null, so writing notNull() as well would only add noise.
        String constraint = column.identity() ? ".identity()" : column.nullable() ? "" : ".notNull()";
        CodeBlock.Builder code = CodeBlock.builder().add("$T.column($L, $L)$L", DEFINITIONS,
                StringLiterals.of(column.name()), StringLiterals.of(column.type()), constraint);
        if (column.defaultValue() != null) {
            code.add(".defaultValue($L)", StringLiterals.of(column.defaultValue()));
        }
        if (column.comment() != null) {
            code.add(".comment($L)", StringLiterals.of(column.comment()));
        }
        if (column.verbatim() != null) {
            code.add("$Z.verbatim($L, $L)", StringLiterals.of(column.verbatim().sql()),
                    StringLiterals.of(column.verbatim().attribute()));
        }
        return code.build();
    }

    private static CodeBlock nullable(String text) {
        return text == null ? CodeBlock.of("null") : StringLiterals.of(text);
    }

    private CodeBlock definition(String method, String name, List<String> columns) {
        usedDefinitions.add(method);
        // The method name must be literal text after $T for JavaPoet to use the static import.
        return CodeBlock.of("$T." + method + "($L)", DEFINITIONS, strings(name, columns));
    }

    /** A call taking a name, a table and columns, as the index and constraint operations do. */
    private static CodeBlock named(String method, String name, String table, List<String> columns) {
        return CodeBlock.of("ops.$L($L,$W$L)", method, StringLiterals.of(name), strings(table, columns));
    }

    private static CodeBlock call(String method, CodeBlock... arguments) {
        return CodeBlock.of("ops.$L($L)", method, CodeBlock.join(List.of(arguments), ",$W"));
    }

    private static CodeBlock unbroken(String first, List<String> rest) {
        CodeBlock.Builder code = CodeBlock.builder().add("$L", StringLiterals.of(first));
        rest.forEach(s -> code.add(", $L", StringLiterals.of(s)));
        return code.build();
    }

    private static CodeBlock strings(String first, List<String> rest) {
        CodeBlock.Builder code = CodeBlock.builder().add("$L", StringLiterals.of(first));
        rest.forEach(s -> code.add(",$W$L", StringLiterals.of(s)));
        return code.build();
    }
}
