package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.read.ColumnAnnotations;
import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A join column that has the name of a basic column of the same table, one of them read-only
 * ({@code insertable = false, updatable = false}), is one column to Hibernate: the basic attribute's,
 * with its type (even an integer of another size than the key's) and nullability, and without the unique constraint of a one-to-one (checked with
 * Hibernate 7.4); the foreign key stays. Without a read-only side Hibernate refuses the mapping.
 */
final class SharedColumns {

    private SharedColumns() {
    }

    /**
     * The join columns that are columns of their own; null after reporting a shared one whose type
     * differs from the basic column's.
     */
    static List<MappedColumn> unshared(List<MappedColumn> basic, List<MappedColumn> joinColumns, String className,
                                       Report report) {
        List<MappedColumn> out = new ArrayList<>();
        for (MappedColumn join : joinColumns) {
            Optional<MappedColumn> same = basic.stream()
                    .filter(b -> b.column().name().equals(join.column().name())).findFirst();
            if (same.isEmpty() || !(readOnly(join) || readOnly(same.get()))) {
                out.add(join); // a clash without a read-only side is reported as a duplicate column
                continue;
            }
            // The relationship writes or reads the column too: a primitive copy of its key needs no advice on
            // nullability, which follows the relationship's column as Hibernate binds it.
            report.withdraw(Code.NULLABLE_PRIMITIVE, same.get().columnHost());
            if (!comparable(same.get().column().type(), join.column().type())) {
                report.error(Code.DUPLICATE_COLUMN, className + "." + join.path() + " and " + className + "."
                        + same.get().path() + " share the column " + join.column().name() + ", but as "
                        + join.column().type() + " (the type of the key it references) and " + same.get().column().type()
                        + ": Hibernate creates it as the latter, and PostgreSQL refuses a foreign key between these"
                        + " types. Give " + className + "." + same.get().path() + " the type of that key",
                        join.attribute().element(), join.columnAnnotation());
                return null;
            }
        }
        return out;
    }

    /**
     * The columns without the read-only basic ones ({@code insertable = false, updatable = false}) that
     * repeat a column of the key, such as a copy of an {@code @EmbeddedId}'s attribute: Hibernate binds the
     * key first and keeps its column, with the key's type, for both (checked with Hibernate 7.4).
     */
    static List<MappedColumn> withoutKeyCopies(List<MappedColumn> columns, List<MappedColumn> key, Report report) {
        java.util.Set<String> keyNames = new java.util.HashSet<>();
        for (MappedColumn c : key) {
            keyNames.add(c.column().name());
        }
        List<MappedColumn> out = new ArrayList<>();
        for (MappedColumn c : columns) {
            // The cheap tests first: comparing whole columns (a record's equals) is rarely needed.
            if (!readOnly(c) || !keyNames.contains(c.column().name()) || key.contains(c)) {
                out.add(c);
            } else {
                // A copy of a key column is the key's column, not null: a primitive copy is right as it is.
                report.withdraw(Code.NULLABLE_PRIMITIVE, c.columnHost());
            }
        }
        return out;
    }

    /**
     * The columns with one of each name that several basic attributes map, when at most one of them writes it
     * and the others are read-only ({@code insertable = false, updatable = false}), such as HAPI FHIR's
     * {@code RES_ID}, read-only in a {@code @MappedSuperclass} and writable in the entity: Hibernate accepts that
     * (it refuses two writable ones) and creates one column, the first it binds (its {@code Table} keeps a column
     * it has and ignores a later one of the name): a mapped superclass's attributes before the entity's, and those of
     * one class by name, as its property container sorts them (HAPI's {@code myResourceId}, read-only and not null,
     * defines {@code RES_ID} before {@code myResourcePid}, an embedded reference written there; checked with
     * Hibernate 6.6's export, and 7.4's).
     * Two writable ones are left for {@link EntityDrafter#distinctColumnNames} to report.
     */
    static List<MappedColumn> withoutReadOnlyCopies(List<MappedColumn> columns, Report report) {
        java.util.Map<String, List<MappedColumn>> byName = new java.util.LinkedHashMap<>();
        for (MappedColumn c : columns) {
            byName.computeIfAbsent(c.column().name(), n -> new ArrayList<>()).add(c);
        }
        List<MappedColumn> out = new ArrayList<>();
        for (MappedColumn c : columns) {
            List<MappedColumn> named = byName.get(c.column().name());
            if (named.size() == 1 || named.stream().filter(n -> !readOnly(n)).count() > 1) {
                out.add(c);
            } else if (firstBound(named) == c) {
                out.add(c);
            } else {
                // Its column is the first one's: a primitive read-only copy follows that one's nullability.
                report.withdraw(Code.NULLABLE_PRIMITIVE, c.columnHost());
            }
        }
        return out;
    }

    /**
     * The columns without the read-only attributes ({@code insertable = false, updatable = false}) that map the
     * discriminator column of their {@code SINGLE_TABLE} hierarchy, such as a type name an application also reads:
     * Hibernate binds the discriminator before the attributes and keeps its column (its type, length and not null;
     * the attribute's {@code @Column} says nothing more). Writable ones stay, for the caller to report: Hibernate
     * refuses them as a repeated column, unless the discriminator is not inserted
     * ({@code @DiscriminatorOptions(insert = false)}, {@code writtenByAttribute}): then they are copies too.
     */
    static List<MappedColumn> withoutDiscriminatorCopies(List<MappedColumn> columns, String discriminator,
                                                         boolean writtenByAttribute, Report report) {
        List<MappedColumn> out = new ArrayList<>();
        for (MappedColumn c : columns) {
            if ((writtenByAttribute || readOnly(c)) && c.column().name().equals(discriminator)) {
                // Its column is the discriminator's, never null: a primitive copy needs no advice.
                report.withdraw(Code.NULLABLE_PRIMITIVE, c.columnHost());
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static MappedColumn firstBound(List<MappedColumn> named) {
        return named.stream().min(java.util.Comparator.comparingInt((MappedColumn c) -> depth(c))
                .thenComparing(c -> c.path().contains(".") ? c.path().substring(0, c.path().indexOf('.')) : c.path()))
                .orElseThrow();
    }

    /** How many classes the attribute's declaring class extends: a mapped superclass's attributes bind first. */
    private static int depth(MappedColumn c) {
        int depth = 0;
        javax.lang.model.element.Element declaring = c.origin().getEnclosingElement();
        while (declaring instanceof javax.lang.model.element.TypeElement type
                && type.getSuperclass() instanceof javax.lang.model.type.DeclaredType parent) {
            depth++;
            declaring = parent.asElement();
        }
        return depth;
    }

    /**
     * Whether PostgreSQL can build a foreign key from a column of type {@code column} to a key of type
     * {@code key}: the same type, or two of one comparable family (integers, or strings).
     */
    static boolean comparable(String column, String key) {
        return column.equals(key) || family(column) != null && family(column).equals(family(key));
    }

    private static String family(String type) {
        if (List.of("smallint", "integer", "bigint").contains(type)) {
            return "integer";
        }
        return type.equals("text") || type.startsWith("character varying") ? "text" : null;
    }

    private static boolean readOnly(MappedColumn c) {
        if (c.columnAnnotation() == null) {
            return false;
        }
        return ColumnAnnotations.readOnly(c.columnAnnotation());
    }
}
