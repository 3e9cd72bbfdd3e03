package dev.optionsdeep.migrate.plugin.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the configured environments are, for one database: the revisions each reachable environment
 * is at (none: at base), and why each of the others could not be read.
 *
 * @param at          environment name to its current revisions, sorted by name
 * @param unreachable environment name to the reason, sorted by name
 */
public record EnvironmentStates(Map<String, List<String>> at, Map<String, String> unreachable) {

    public static final EnvironmentStates NONE = new EnvironmentStates(Map.of(), Map.of());

    public EnvironmentStates {
        Map<String, List<String>> sorted = new TreeMap<>();
        at.forEach((env, revisions) -> sorted.put(env, List.copyOf(revisions)));
        at = Collections.unmodifiableMap(sorted);
        unreachable = Collections.unmodifiableMap(new TreeMap<>(unreachable));
    }

    /** The environments at {@code revision}, sorted. */
    public List<String> at(String revision) {
        List<String> out = new ArrayList<>();
        at.forEach((env, revisions) -> {
            if (revisions.contains(revision)) {
                out.add(env);
            }
        });
        return out;
    }

    /** The environments at base (reachable, with no revision applied), sorted. */
    public List<String> atBase() {
        return at.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** Environment names with reasons, sorted: {@code dev (cannot reach PostgreSQL at …)}. */
    public List<String> unreachableLines() {
        return unreachable.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
    }
}
