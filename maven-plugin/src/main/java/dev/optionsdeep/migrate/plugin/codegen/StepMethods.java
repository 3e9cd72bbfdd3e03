package dev.optionsdeep.migrate.plugin.codegen;

import com.palantir.javapoet.MethodSpec;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.migration.Operations;

import javax.lang.model.element.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code upgrade} or {@code downgrade}: the steps themselves while they fit in a method a
 * person reads at once, else calls to private methods that each hold one group of steps. javac stops
 * at 64 KB of code per method ("code too large"), which a first revision of a few hundred tables
 * passes; the groups keep any revision compilable and readable. Splitting changes only where the
 * statements are written, never which run or in what order, so it leaves checksums as they are.
 */
final class StepMethods {

    /** Characters of rendered steps one method holds: well under javac's limit, about 250 lines. */
    static final int DEFAULT_BUDGET = 10_000;

    /** A line no generated text holds: Javadoc lines start with {@code *}, literals escape control characters. */
    private static final String MARKER = "\u0000steps ";
    private static final String BODY_INDENT = "        ";

    private final StepRenderer steps;
    private final List<String> bodies = new ArrayList<>();
    private final int budget;
    private final Set<String> names;

    /** @param names the method names taken in the class so far; grows with the groups written */
    StepMethods(StepRenderer steps, int budget, Set<String> names) {
        this.steps = steps;
        this.budget = budget;
        this.names = names;
    }

    /** The method {@code name} and, when its steps exceed the budget, the group methods it calls in order. */
    List<MethodSpec> render(String name, List<Change> changes, String whenEmpty) {
        // Each step is laid out once; its length decides the groups, its text goes into the method.
        List<String> rendered = changes.stream().map(change -> StatementLayout.of(steps.step(change))).toList();
        int[] lengths = rendered.stream().mapToInt(String::length).toArray();
        MethodSpec.Builder main = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Operations.class, "ops");
        if (changes.isEmpty()) {
            main.addComment("$L", whenEmpty);
        }
        if (Arrays.stream(lengths).sum() <= budget) {
            addSteps(main, changes, rendered, 0, rendered.size());
            return List.of(main.build());
        }
        List<MethodSpec> out = new ArrayList<>();
        out.add(null);
        for (StepGroups.Group group : StepGroups.of(changes, lengths, budget)) {
            String groupName = unique(group.name());
            main.addStatement("$L(ops)", groupName);
            MethodSpec.Builder part = MethodSpec.methodBuilder(groupName)
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(Operations.class, "ops");
            addSteps(part, changes, rendered, group.from(), group.to());
            out.add(part.build());
        }
        out.set(0, main.build());
        return out;
    }

    private void addSteps(MethodSpec.Builder method, List<Change> changes, List<String> rendered, int from, int to) {
        StringBuilder body = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > 0 && RiskNotes.fillsNewColumn(changes.get(i - 1), changes.get(i))) {
                RiskNotes.fillHook(changes.get(i)).lines()
                        .forEach(line -> body.append(BODY_INDENT).append("// ").append(line).append('\n'));
            }
            body.append(rendered.get(i));
        }
        // JavaPoet writes a marker line; splice puts the steps in its place.
        method.addCode("$L\n", MARKER + bodies.size());
        bodies.add(body.toString());
    }

    /**
     * {@code source}, the class JavaPoet wrote from the methods given by {@link #render}, with their
     * steps in place. JavaPoet would split every step's text again by a regular expression, twice.
     */
    String splice(String source) {
        StringBuilder out = new StringBuilder(source.length() + bodies.stream().mapToInt(String::length).sum());
        int at = 0;
        for (int i = 0; i < bodies.size(); i++) {
            String marker = BODY_INDENT + MARKER + i + "\n";
            int found = source.indexOf(marker, at);
            out.append(source, at, found).append(bodies.get(i));
            at = found + marker.length();
        }
        return out.append(source, at, source.length()).toString();
    }

    private String unique(String name) {
        String candidate = name;
        for (int n = 2; !names.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }
}
