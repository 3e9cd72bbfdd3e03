package dev.optionsdeep.migrate.processor.check;

import dev.optionsdeep.migrate.processor.bind.MappedEntity;

import dev.optionsdeep.migrate.schema.Index;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of a table's relations (the table, its primary key, unique constraints and indexes), which PostgreSQL
 * keeps in one namespace of a schema.
 */
final class RelationNames {

    private RelationNames() {
    }

    /** Each relation name of the entity's table with what it names, or null if two coincide. */
    static Map<String, String> of(MappedEntity entity) {
        Table table = entity.table();
        Map<String, String> names = new LinkedHashMap<>();
        boolean distinct = names.put(table.name(), "table") == null;
        if (table.primaryKey() != null) {
            distinct &= names.put(table.primaryKey().name(), "primary key") == null;
        }
        for (UniqueConstraint u : table.uniqueConstraints()) {
            distinct &= names.put(u.name(), "unique constraint") == null;
        }
        for (Index i : table.indexes()) {
            distinct &= names.put(i.name(), "index") == null;
        }
        return distinct ? names : null;
    }

    /** The first name two of the table's relations share. */
    static String duplicateWithin(Table table) {
        List<String> all = new ArrayList<>(List.of(table.name()));
        if (table.primaryKey() != null) {
            all.add(table.primaryKey().name());
        }
        table.uniqueConstraints().forEach(u -> all.add(u.name()));
        table.indexes().forEach(i -> all.add(i.name()));
        return all.stream().filter(n -> all.indexOf(n) != all.lastIndexOf(n)).findFirst().orElse("?");
    }
}
