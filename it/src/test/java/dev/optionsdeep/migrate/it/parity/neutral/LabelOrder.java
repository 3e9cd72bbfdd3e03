package dev.optionsdeep.migrate.it.parity.neutral;

import java.util.Comparator;

/** For {@code @SortComparator}: sorts in memory, nothing in the schema. */
public class LabelOrder implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
        return a.compareToIgnoreCase(b);
    }
}
