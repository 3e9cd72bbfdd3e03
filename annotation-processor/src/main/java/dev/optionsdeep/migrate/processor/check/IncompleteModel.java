package dev.optionsdeep.migrate.processor.check;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Problem;
import dev.optionsdeep.migrate.processor.Report;

import dev.optionsdeep.migrate.snapshot.ModelProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What could not be mapped, by database: each database's snapshot records its own problems, plus
 * those that belong to no database (a bad {@code -A} option, a crash), which make every database
 * incomplete. A problem belongs to the database of the entity being read when it was found (its
 * {@code @Database} package), also when it sits on a mapped superclass or embeddable that other
 * databases share: that entity is the one left out.
 */
public final class IncompleteModel {

    private final Map<String, Set<ModelProblem>> byDatabase = new TreeMap<>();
    private final Map<String, List<TypeElement>> entities = new TreeMap<>();
    private final Set<ModelProblem> everywhere = new TreeSet<>();

    /** The abandoning problems of {@code report}, found reading {@code entity}; to every database when {@code database} is null. */
    public void add(Element entity, String database, Report report) {
        report.problems().stream().filter(Problem::abandons).forEach(p -> add(entity, database, p));
    }

    public void add(Element entity, String database, Problem problem) {
        if (!problem.abandons()) {
            return;
        }
        ModelProblem recorded = new ModelProblem(problem.code().id(), problem.where(), problem.message());
        if (database == null) {
            everywhere.add(recorded);
            return;
        }
        byDatabase.computeIfAbsent(database, d -> new TreeSet<>()).add(recorded);
        if (entity instanceof TypeElement type) {
            List<TypeElement> of = entities.computeIfAbsent(database, d -> new ArrayList<>());
            if (!of.contains(type)) {
                of.add(type);
            }
        }
    }

    /** A problem about no element, which makes every database incomplete. */
    public void everywhere(Code code, String where, String message) {
        everywhere.add(new ModelProblem(code.id(), where, message));
    }

    /** The databases with problems of their own. */
    public Set<String> databases() {
        return byDatabase.keySet();
    }

    /** The problems that make the database's snapshot incomplete, sorted; empty when it is complete. */
    public List<ModelProblem> of(String database) {
        Set<ModelProblem> out = new TreeSet<>(everywhere);
        out.addAll(byDatabase.getOrDefault(database, Set.of()));
        return List.copyOf(out);
    }

    /** The entities with problems in the database, left out of its snapshot but still what it is made from. */
    public List<TypeElement> entitiesOf(String database) {
        return List.copyOf(entities.getOrDefault(database, List.of()));
    }
}
