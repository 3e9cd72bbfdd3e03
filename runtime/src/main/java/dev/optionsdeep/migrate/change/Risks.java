package dev.optionsdeep.migrate.change;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Classifies changes by what they risk on a PostgreSQL table that holds rows (PostgreSQL 11 and
 * newer). A pure function of the change, and of whether its table is created by the same revision
 * (an empty table risks nothing). The facts it rests on:
 * <ul>
 *   <li>{@code ALTER COLUMN … TYPE} rewrites the table under an ACCESS EXCLUSIVE lock, unless the old
 *       type converts to the new one without a cast function (binary-coercible): a longer
 *       {@code varchar}, {@code varchar} to {@code text}, more {@code numeric} precision at the same scale.</li>
 *   <li>{@code ADD COLUMN} with no default, or a non-volatile one, only touches the catalog (PostgreSQL 11);
 *       a volatile default or an identity fills every row, rewriting the table.</li>
 *   <li>{@code SET NOT NULL}, {@code ADD CONSTRAINT … UNIQUE / CHECK} scan the table under an ACCESS
 *       EXCLUSIVE lock and fail on a row that breaks them; {@code CREATE INDEX} blocks writes while it
 *       builds; {@code ADD FOREIGN KEY} takes SHARE ROW EXCLUSIVE on both tables and scans.</li>
 *   <li>A narrower {@code varchar} or integer type refuses values that do not fit (the step fails);
 *       a smaller {@code numeric} scale rounds them (data is lost).</li>
 *   <li>Renames, drops of indexes and constraints, new tables and sequences only touch the catalog.</li>
 * </ul>
 */
public final class Risks {

    /** Functions whose value differs per row: a default calling one is computed for every existing row. */
    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(nextval|random|clock_timestamp|timeofday|gen_random_uuid|uuid_generate_v\\w*)\\s*\\(",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final String VARCHAR = "character varying";

    private Risks() {
    }

    /**
     * The risks of each change, in order, knowing that a table created earlier in {@code changes} is
     * empty when later steps touch it.
     */
    public static List<Set<Risk>> of(List<Change> changes) {
        Set<String> created = new HashSet<>();
        List<Set<Risk>> out = new ArrayList<>();
        for (Change c : changes) {
            String table = Changes.table(c);
            out.add(of(c, table != null && created.contains(table)));
            if (c instanceof CreateTable t) {
                created.add(t.table().name());
            } else if (c instanceof RenameTable r && created.remove(r.from())) {
                created.add(r.to());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The risks of one change, sorted; empty when it is safe.
     *
     * @param newTable whether its table is created by the same revision, so has no rows yet
     */
    public static Set<Risk> of(Change change, boolean newTable) {
        Set<Risk> risks = EnumSet.noneOf(Risk.class);
        if (change instanceof DropTable || change instanceof DropColumn || change instanceof DropSequence) {
            risks.add(Risk.MAY_LOSE_DATA);
        } else if (change instanceof ExecuteSql e && e.destructive()) {
            risks.add(Risk.MAY_LOSE_DATA);
        } else if (change instanceof AlterSequence q && q.reversesDirection()) {
            risks.add(Risk.MAY_LOSE_DATA); // restarted: keys already handed out may come again
        } else if (change instanceof DropSchema) {
            risks.add(Risk.MAY_FAIL_ON_DATA); // refused while anything is left in the schema; never CASCADE
        } else if (change instanceof AlterColumn a) {
            alterColumn(a, risks);
        } else if (newTable) {
            return Collections.unmodifiableSet(risks);
        } else if (change instanceof AddColumn a) {
            if (a.column().identity() || a.column().defaultValue() != null && VOLATILE.matcher(a.column().defaultValue()).find()) {
                risks.add(Risk.REWRITES_TABLE);
            } else if (!a.column().nullable() && a.column().defaultValue() == null) {
                risks.add(Risk.MAY_FAIL_ON_DATA);
            }
        } else if (change instanceof CreateIndex i) {
            if (!i.concurrently()) {
                risks.add(Risk.LOCKS_TABLE);
            }
            if (i.index().unique()) {
                risks.add(Risk.MAY_FAIL_ON_DATA);
            }
        } else if (change instanceof AddUniqueConstraint || change instanceof AddCheckConstraint
                || change instanceof AddForeignKey || change instanceof AddPrimaryKey) {
            risks.add(Risk.LOCKS_TABLE);
            risks.add(Risk.MAY_FAIL_ON_DATA);
        }
        return Collections.unmodifiableSet(risks);
    }

    /** {@code safe}, or the risks in the user's words: {@code rewrites the table, may fail on existing data}. */
    public static String describe(Set<Risk> risks) {
        return risks.isEmpty() ? "safe" : risks.stream().sorted().map(Risk::words).collect(Collectors.joining(", "));
    }

    private static void alterColumn(AlterColumn a, Set<Risk> risks) {
        String from = a.from().type();
        String to = a.to().type();
        if (a.typeChanged()) {
            if (!binaryCoercible(from, to)) {
                risks.add(Risk.REWRITES_TABLE);
            }
            if (!AlterColumn.widens(from, to)) {
                risks.addAll(typeChangeRisks(from, to));
            }
        }
        if (a.from().nullable() && !a.to().nullable()) {
            risks.add(Risk.LOCKS_TABLE);
            risks.add(Risk.MAY_FAIL_ON_DATA);
        }
        if (a.from().identity() && !a.to().identity()) {
            risks.add(Risk.MAY_LOSE_DATA); // the sequence, and its position, go
        }
    }

    /** Whether PostgreSQL changes the type without touching a row. */
    static boolean binaryCoercible(String from, String to) {
        Integer a = AlterColumn.length(from, VARCHAR + "(");
        if (a != null || from.equals(VARCHAR)) {
            Integer b = AlterColumn.length(to, VARCHAR + "(");
            return to.equals("text") || to.equals(VARCHAR) || a != null && b != null && b >= a;
        }
        if (from.equals("text")) {
            return to.equals(VARCHAR);
        }
        int[] p = AlterColumn.numeric(from);
        int[] q = AlterColumn.numeric(to);
        return p != null && (to.equals("numeric") || q != null && q[1] == p[1] && q[0] >= p[0]);
    }

    /** What a type change that is not a widening risks for the values. */
    private static Set<Risk> typeChangeRisks(String from, String to) {
        boolean fromString = isString(from);
        if (isString(to) && (to.equals("text") || to.equals(VARCHAR))) {
            return EnumSet.noneOf(Risk.class); // every value has a text form
        }
        if (fromString && isString(to) || INTEGERS.contains(from) && INTEGERS.contains(to)) {
            return EnumSet.of(Risk.MAY_FAIL_ON_DATA); // "value too long", "integer out of range"
        }
        int[] p = AlterColumn.numeric(from);
        int[] q = AlterColumn.numeric(to);
        if (p != null && q != null) {
            Set<Risk> risks = EnumSet.noneOf(Risk.class);
            if (q[1] < p[1]) {
                risks.add(Risk.MAY_LOSE_DATA); // rounded to fewer decimals
            }
            if (q[0] - q[1] < p[0] - p[1]) {
                risks.add(Risk.MAY_FAIL_ON_DATA); // "numeric field overflow"
            }
            return risks;
        }
        if (isString(to)) {
            return EnumSet.of(Risk.MAY_FAIL_ON_DATA); // a bounded string may be too short
        }
        if (fromString && (INTEGERS.contains(to) || to.startsWith("numeric"))) {
            return EnumSet.of(Risk.MAY_FAIL_ON_DATA); // "invalid input syntax": a text that is no number is refused
        }
        // Across families (text to integer, double to integer, timestamp to date): values may be refused or cut.
        return EnumSet.of(Risk.MAY_FAIL_ON_DATA, Risk.MAY_LOSE_DATA);
    }

    private static boolean isString(String type) {
        return type.equals("text") || type.startsWith(VARCHAR) || type.startsWith("character(") || type.equals("character");
    }
}
