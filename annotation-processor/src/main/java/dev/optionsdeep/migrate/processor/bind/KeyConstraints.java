package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.Report;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The unique constraints and indexes an entity's key reading ({@link EntityDrafter}) read without a problem, with the
 * columns they were read from: binding ({@link EntityBinder}) takes them instead of reading them again when its
 * columns are those very ones, as for an entity whose relationships add no column to its table. The reading depends
 * on nothing but the entity, its {@code @Table} and the columns, so a reading of the same column objects is the same
 * reading; one with a problem is read again, so that the binding reports it. Each is taken once.
 */
final class KeyConstraints {

    private record Read(List<MappedColumn> columns, ConstraintReader.Constraints constraints) {
    }

    private final Elements elements;
    private final Naming naming;
    private final Map<TypeElement, Read> read = new IdentityHashMap<>();

    KeyConstraints(Elements elements, Naming naming) {
        this.elements = elements;
        this.naming = naming;
    }

    /** Remembers the constraints read from {@code columns} without a problem. */
    void remember(TypeElement entity, List<MappedColumn> columns, ConstraintReader.Constraints constraints) {
        read.put(entity, new Read(List.copyOf(columns), constraints));
    }

    /** The constraints of the entity's table of {@code columns}, or empty after reporting what is wrong with them. */
    Optional<ConstraintReader.Constraints> take(EntityDraft draft, List<MappedColumn> columns, Report report) {
        Read known = read.remove(draft.entity());
        if (known != null && same(known.columns(), columns)) {
            return Optional.of(known.constraints());
        }
        return new ConstraintReader(elements, naming, draft.entity(), draft.table(), draft.tableName(), columns,
                report).readDeferring();
    }

    /** The same column objects in the same order. */
    private static boolean same(List<MappedColumn> a, List<MappedColumn> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
