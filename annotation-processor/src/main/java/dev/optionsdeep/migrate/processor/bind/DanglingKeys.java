package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import javax.lang.model.element.TypeElement;

/**
 * Leaves out of the snapshot the entities whose tables would keep a foreign key to a table it does not
 * hold: that of an entity whose key could be read (so relationships to it were bound) but which itself
 * could not be mapped. Its SQL would fail at upgrade, and the snapshot is incomplete anyway; the entity
 * left out is listed as a problem ({@code MIGRATE-105}), and so in turn are those referencing its table.
 * A table the user manages by hand ({@code @Unmanaged}, {@code -Amigrate.exclude}) is never missing:
 * its foreign keys stay, as the README's escape hatch says (the table is created in a hand-written revision).
 */
final class DanglingKeys {

    private DanglingKeys() {
    }

    /**
     * @param keys          the key reading of each entity, by class name, whose table relationships reference
     * @param managedByHand whether the user manages an entity, or its table (by name), by hand
     */
    static List<ModelBinder.Result> leaveOut(List<ModelBinder.Result> results, Map<String, MappedEntity> keys,
                                             BiPredicate<TypeElement, String> managedByHand) {
        Set<String> missing = new HashSet<>();
        for (ModelBinder.Result r : results) {
            MappedEntity key = keys.get(r.entity().getQualifiedName().toString());
            if (r.mapped() == null && key != null && !managedByHand.test(r.entity(), key.table().name())) {
                missing.add(key.table().name());
            }
        }
        List<ModelBinder.Result> out = new ArrayList<>(results);
        // The held tables: a table many entities map (SINGLE_TABLE) is missing only when none of them holds it.
        results.stream().filter(r -> r.mapped() != null).forEach(r -> missing.remove(r.mapped().table().name()));
        boolean changed = !missing.isEmpty();
        while (changed) {
            changed = false;
            for (int i = 0; i < out.size(); i++) {
                ModelBinder.Result r = out.get(i);
                if (r.mapped() != null && references(r.mapped(), missing)) {
                    out.set(i, new ModelBinder.Result(r.entity(), null, r.report(), false));
                    if (!managedByHand.test(r.entity(), r.mapped().table().name())) {
                        missing.add(r.mapped().table().name());
                    }
                    changed = true;
                }
            }
        }
        return out;
    }

    /** Whether the entity's table, or one of its join and secondary tables, references one of {@code tables}. */
    private static boolean references(MappedEntity mapped, Set<String> tables) {
        return Stream.concat(Stream.of(mapped.table()), mapped.joinTables().stream().map(MappedEntity::table))
                .map(Table::foreignKeys).flatMap(List::stream).map(ForeignKey::referencedTable)
                .anyMatch(tables::contains);
    }
}
