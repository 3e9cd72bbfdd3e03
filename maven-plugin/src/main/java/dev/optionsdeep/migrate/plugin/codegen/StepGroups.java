package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.Changes;
import dev.optionsdeep.migrate.change.ExecuteSql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a long list of steps into groups for {@link StepMethods}: consecutive steps of one kind, at
 * most a budget of rendered characters each, named after what they do and the tables they touch,
 * for example {@code createTablesAccountToLedger} or {@code addForeignKeysOrderLine}.
 */
final class StepGroups {

    /**
     * @param name what the group does, before it is made unique in its class
     * @param from index of its first step
     * @param to   index after its last step
     */
    record Group(String name, int from, int to) {
    }

    private StepGroups() {
    }

    /** @param lengths the rendered length of each step, in step order */
    static List<Group> of(List<Change> changes, int[] lengths, int budget) {
        List<Group> groups = new ArrayList<>();
        int start = 0;
        int size = 0;
        for (int i = 0; i < changes.size(); i++) {
            boolean full = size > 0 && size + lengths[i] > budget;
            if (i > start && (full || !kind(changes.get(i)).equals(kind(changes.get(start))))) {
                groups.add(group(changes, start, i));
                start = i;
                size = 0;
            }
            size += lengths[i];
        }
        if (start < changes.size()) {
            groups.add(group(changes, start, changes.size()));
        }
        return groups;
    }

    private static Group group(List<Change> changes, int from, int to) {
        String kind = kind(changes.get(from));
        String first = camel(Changes.table(changes.get(from)));
        String last = camel(Changes.table(changes.get(to - 1)));
        String name = plural(kind) + first + (last.isEmpty() || last.equals(first) ? "" : "To" + last);
        return new Group(name, from, to);
    }

    /** The operation's name: {@code createTable}, {@code addForeignKey}, {@code execute}. */
    private static String kind(Change change) {
        if (change instanceof ExecuteSql) {
            return "executeStatement";
        }
        String simple = change.getClass().getSimpleName();
        return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
    }

    private static String plural(String kind) {
        return kind.endsWith("x") || kind.endsWith("s") ? kind + "es" : kind + "s";
    }

    /** {@code stock_prices} and {@code sales.orders} as {@code StockPrices} and {@code SalesOrders}; empty for no table. */
    static String camel(String table) {
        if (table == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < table.length(); i++) {
            char c = table.charAt(i);
            if (!Character.isJavaIdentifierPart(c) || c == '_' || c == '$' || Character.isIdentifierIgnorable(c)) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
