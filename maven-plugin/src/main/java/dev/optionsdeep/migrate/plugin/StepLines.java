package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.Risk;
import dev.optionsdeep.migrate.change.Risks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How revision and show list a revision's steps: one line each, with its risk class in words, and
 * a {@code !} before each step that may lose data (a mark for risk only: an added column and a
 * dropped one are told apart by their words).
 */
final class StepLines {

    private StepLines() {
    }

    static List<String> text(List<Change> steps) {
        List<Set<Risk>> risks = Risks.of(steps);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Change c = steps.get(i);
            out.add("  " + (c.losesData() ? "! " : "  ") + c.describe() + "  (" + Risks.describe(risks.get(i)) + ")");
        }
        return out;
    }

    static List<Map<String, Object>> json(List<Change> steps) {
        List<Set<Risk>> risks = Risks.of(steps);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step", steps.get(i).describe());
            step.put("losesData", steps.get(i).losesData());
            step.put("risk", Risks.describe(risks.get(i)));
            out.add(step);
        }
        return out;
    }
}
