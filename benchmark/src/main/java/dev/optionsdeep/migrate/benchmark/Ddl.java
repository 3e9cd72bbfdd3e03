package dev.optionsdeep.migrate.benchmark;

import dev.optionsdeep.migrate.change.AddForeignKey;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.CreateIndex;
import dev.optionsdeep.migrate.change.CreateTable;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * What every tool runs, revision by revision: a table of six columns, a unique index and a foreign
 * key to the table before. The SQL is Migrate's own rendering, so that every tool runs the same text.
 */
final class Ddl {

    private Ddl() {
    }

    static String table(int i) {
        return "bench_%05d".formatted(i);
    }

    /** The steps of revision {@code i} (from 1). */
    static List<Change> changes(int i) {
        Table table = table(i, List.of());
        List<Change> changes = new ArrayList<>(List.of(new CreateTable(table), new CreateIndex(table.name(), index(i))));
        if (i > 1) {
            changes.add(new AddForeignKey(table.name(), foreignKey(i)));
        }
        return changes;
    }

    /** The statements of revision {@code i}, without semicolons. */
    static List<String> sql(int i) {
        return PostgresSql.statements(changes(i)).stream().map(Statement::sql).toList();
    }

    /** The schema after revisions 1 to {@code n}, as an entity model would describe it. */
    static Schema schema(int n) {
        List<Table> tables = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            tables.add(table(i, List.of(index(i))).withForeignKeys(i > 1 ? List.of(foreignKey(i)) : List.of()));
        }
        return new Schema(tables);
    }

    private static Table table(int i, List<Index> indexes) {
        String name = table(i);
        return new Table(name, List.of(
                new Column("id", "bigint", false, true),
                new Column("code", "character varying(40)", false, false),
                Column.of("name", "character varying(200)"),
                Column.of("price", "numeric(18,4)"),
                new Column("created_at", "timestamp(6) with time zone", false, false),
                Column.of("parent_id", "bigint")),
                new PrimaryKey(name + "_pkey", List.of("id")), List.of(), indexes, List.of(), List.of());
    }

    private static Index index(int i) {
        return new Index("ix_" + table(i) + "_code", List.of("code"), true);
    }

    private static ForeignKey foreignKey(int i) {
        return new ForeignKey(table(i) + "_parent_fk", List.of("parent_id"), table(i - 1), List.of("id"));
    }
}
