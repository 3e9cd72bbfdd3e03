package dev.optionsdeep.migrate.processor.bind;

import dev.optionsdeep.migrate.processor.Naming;
import dev.optionsdeep.migrate.processor.PhysicalNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order Hibernate 7.4 gives the columns of a primary key it makes up itself (a join table's):
 * its {@code ColumnOrderingStrategyStandard} sorts by the column's estimated size in bytes (at least
 * 4), then puts those over 2048 bytes last, then by name as Hibernate holds it (case-sensitive).
 * PostgreSQL keeps a key's column order, so it is part of the schema.
 */
final class HibernateColumnOrder {

    private static final Pattern SIZED = Pattern.compile("(character varying|character|numeric|bit varying)\\((\\d+)(?:,\\d+)?\\)");
    /** PostgreSQL's longest varchar, which Hibernate assumes for a column of the default length 255. */
    private static final int MAX_VARCHAR = 10_485_760;
    private static final double DECIMAL_TO_BYTES = Math.log(10) / Math.log(2) * 8;

    private HibernateColumnOrder() {
    }

    /** The physical names of {@code columns}, in Hibernate's order. */
    static List<String> sorted(List<JoinColumnReader.Joined> columns) {
        List<JoinColumnReader.Joined> sorted = new ArrayList<>(columns);
        sorted.sort(Comparator.<JoinColumnReader.Joined>comparingInt(j -> Math.max(size(j.column().type()), 4))
                .thenComparing(j -> size(j.column().type()) > 2048)
                .thenComparing(JoinColumnReader.Joined::sortName));
        return sorted.stream().map(j -> j.column().name()).toList();
    }

    /** Key columns of an entity in Hibernate's order. */
    static List<MappedColumn> sortedKey(List<MappedColumn> key, Naming naming) {
        return sortedKey(key, naming, c -> c.column().type());
    }

    /** @param sizedAs the type Hibernate sizes each column by when it orders them (its final type, but for some) */
    static List<MappedColumn> sortedKey(List<MappedColumn> key, Naming naming,
                                        java.util.function.Function<MappedColumn, String> sizedAs) {
        List<MappedColumn> sorted = new ArrayList<>(key);
        sorted.sort(Comparator.<MappedColumn>comparingInt(c -> Math.max(size(sizedAs.apply(c)), 4))
                .thenComparing(c -> size(sizedAs.apply(c)) > 2048)
                .thenComparing(c -> sortName(JoinColumnReader.logicalName(c), naming)));
        return sorted;
    }

    /** A column's name as Hibernate holds it: as written (quotes removed), or converted by snake_case naming. */
    static String sortName(String written, Naming naming) {
        String text = written.strip();
        if (PhysicalNames.isQuoted(text)) {
            return text.substring(1, text.length() - 1);
        }
        return naming.snakeCase() ? Naming.snakeCase(text) : text;
    }

    /** Hibernate's estimate of a column's size in bytes, from the PostgreSQL type. */
    static int size(String type) {
        switch (type) {
            case "boolean":
                return 1;
            case "smallint":
                return 2;
            case "integer":
            case "real":
            case "date":
                return 4;
            case "bigint":
            case "double precision":
            case "interval second(6)":
                return 8;
            case "uuid":
                return 16;
            default:
                break;
        }
        if (type.startsWith("time(") || type.startsWith("time ")) {
            return 4;
        }
        if (type.startsWith("timestamp")) {
            return 8;
        }
        Matcher m = SIZED.matcher(type);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2));
            return switch (m.group(1)) {
                case "numeric" -> (int) Math.ceil(n / DECIMAL_TO_BYTES);
                case "character varying" -> n == 255 ? MAX_VARCHAR : n;
                default -> n;
            };
        }
        return Integer.MAX_VALUE;
    }
}
