package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.bind.JoinColumnReader.Joined;

import dev.optionsdeep.migrate.schema.Column;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A to-one's join columns naming columns of the target that are neither its key nor unique ({@code
 * referencedColumnName}): Hibernate gathers the attributes mapping them into a synthetic embeddable and makes them
 * unique in the target's table, where PostgreSQL needs that for the foreign key (Eclipse hawkBit joins a stored filter
 * to its auto-assignment on name and query).
 */
final class OtherColumnReferences {

    private OtherColumnReferences() {
    }

    /** Whether a unique constraint of the target's table covers exactly the referenced columns. */
    static boolean uniqueIn(MappedEntity target, List<Joined> joined) {
        Set<String> referenced = joined.stream().map(Joined::referenced).collect(Collectors.toSet());
        return target.table().uniqueConstraints().stream()
                .anyMatch(u -> Set.copyOf(u.columns()).equals(referenced) && u.columns().size() == joined.size());
    }

    /**
     * The columns of {@code target} that a to-one's join columns reference when they are neither its key nor unique:
     * Hibernate 7.4 then makes them unique in the target's table (in the order of {@link #byReferencedAttribute});
     * empty otherwise.
     */
    static List<String> otherColumns(MappedEntity target, List<Joined> joined) {
        Set<String> referenced = joined.stream().map(Joined::referenced).collect(Collectors.toSet());
        Set<String> key = target.ids().stream().map(c -> c.column().name()).collect(Collectors.toSet());
        if (referenced.equals(key) || uniqueIn(target, joined)) {
            return List.of();
        }
        return joined.stream().map(Joined::referenced).toList();
    }

    /**
     * The join columns in the order of the target's attributes they reference, by name: Hibernate gathers columns
     * that are not the target's key into a synthetic embeddable of those attributes, sorted so, and its foreign key
     * and the unique key it adds list them so. It types the join columns as written position by position with the
     * referenced columns as sorted, so a join column written out of that order takes another column's type (checked
     * with 7.4; parity model pkjoinref).
     */
    static List<Joined> byReferencedAttribute(MappedEntity target, List<Joined> joined) {
        java.util.Map<String, String> attributeOf = new java.util.HashMap<>();
        target.columns().forEach(c -> attributeOf.putIfAbsent(c.column().name(), c.path()));
        List<Joined> ordered = new ArrayList<>(joined);
        ordered.sort(Comparator.comparing(j -> attributeOf.getOrDefault(j.referenced(), j.referenced())));
        List<Joined> typed = new ArrayList<>();
        for (Joined j : ordered) {
            Column c = j.column();
            String type = ordered.get(joined.indexOf(j)).column().type();
            typed.add(new Joined(new Column(c.name(), type, c.nullable(), false), j.referenced(), j.sortName(),
                    j.unique(), j.host(), j.annotation(), j.logicalName()));
        }
        return typed;
    }
}
