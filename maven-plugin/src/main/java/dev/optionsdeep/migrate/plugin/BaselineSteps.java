package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.ExecuteSql;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.introspect.ObjectDefinition;
import dev.optionsdeep.migrate.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a baseline revision: everything that creates the schema read from a database, from
 * nothing. Extensions come first (a column may use their types or functions), then the tables and
 * their keys as any first revision creates them, then functions, views and triggers as the SQL
 * PostgreSQL printed for them; the downgrade drops all of it in the reverse order.
 */
record BaselineSteps(List<Change> upgrade, List<Change> downgrade) {

    BaselineSteps {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    static BaselineSteps of(Schema schema, List<ObjectDefinition> carried) {
        List<ObjectDefinition> before = carried.stream().filter(ObjectDefinition::beforeTables).toList();
        List<ObjectDefinition> after = carried.stream().filter(d -> !d.beforeTables()).toList();
        List<Change> tables = SchemaDiff.between(Schema.EMPTY, schema);
        List<Change> upgrade = new ArrayList<>(creates(before));
        upgrade.addAll(tables);
        upgrade.addAll(creates(after));
        List<Change> downgrade = new ArrayList<>(dropsInReverse(after));
        downgrade.addAll(SchemaDiff.inverse(tables));
        downgrade.addAll(dropsInReverse(before));
        return new BaselineSteps(upgrade, downgrade);
    }

    private static List<Change> creates(List<ObjectDefinition> definitions) {
        return definitions.stream().<Change>map(d -> new ExecuteSql(d.create())).toList();
    }

    private static List<Change> dropsInReverse(List<ObjectDefinition> definitions) {
        List<Change> drops = new ArrayList<>();
        definitions.forEach(d -> drops.add(0, new ExecuteSql(d.drop())));
        return drops;
    }
}
