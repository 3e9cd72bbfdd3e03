package dev.optionsdeep.migrate.processor.bind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * How Hibernate pairs join columns that name no referenced column ({@code @JoinColumns}, {@code @JoinTable}'s,
 * {@code @PrimaryKeyJoinColumns}) with a composite key: by the identifier's attributes, not by the key's columns.
 */
final class KeyPairing {

    private KeyPairing() {
    }

    /**
     * The target's key columns in the order Hibernate pairs them with join columns that name no referenced column:
     * the order of the identifier's attributes, which Hibernate sorts by name (a record's components stay in
     * declaration order), before it orders the key's columns, and the foreign key's with them, by size. So
     * {@code @JoinColumns({@JoinColumn(name = "a"), @JoinColumn(name = "b")})} to a key of {@code bay} (bigint) and
     * {@code zone} (integer) joins a to bay and b to zone, and the foreign key lists (b, a) to (zone, bay).
     * Columns of one attribute (a relationship inside the key) keep their order.
     */
    static List<MappedColumn> order(List<MappedColumn> key) {
        if (key.size() < 2 || key.stream().anyMatch(c -> c.attribute() == null)) {
            return key;
        }
        TypeElement declaring = key.get(0).attribute().declaringType();
        List<MappedColumn> out = new ArrayList<>(key);
        if (declaring.getKind() == ElementKind.RECORD
                && key.stream().allMatch(c -> c.attribute().declaringType().equals(declaring))) {
            List<? extends Element> members = declaring.getEnclosedElements();
            out.sort(Comparator.comparingInt(c -> members.indexOf(c.attribute().element())));
        } else {
            out.sort(Comparator.comparing(MappedColumn::path));
        }
        return out;
    }
}
