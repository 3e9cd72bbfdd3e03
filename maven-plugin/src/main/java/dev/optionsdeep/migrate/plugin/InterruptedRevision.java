package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.PendingRevision;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@code current} and {@code history} show a revision an interruption left half applied (its step
 * outside a transaction did not finish), and what the next {@code mvn migrate:upgrade} does about it.
 */
final class InterruptedRevision {

    private InterruptedRevision() {
    }

    /** {@code equities: revision … was interrupted …; next: mvn migrate:upgrade resumes it at step 2}. */
    static String line(String db, PendingRevision p) {
        return db + ": " + p.describe() + "; next: " + p.nextUpgrade();
    }

    /** The mark after the revision's line in {@code history}. */
    static String mark(PendingRevision p) {
        return " (interrupted: " + p.stepsDone() + " step" + (p.stepsDone() == 1 ? "" : "s") + " committed)";
    }

    /** The JSON entry {@code interrupted}: null when no revision is half applied. */
    static Map<String, Object> json(PendingRevision p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("revision", p.revision());
        out.put("direction", p.direction());
        out.put("from", p.from());
        out.put("to", p.to());
        out.put("stepsCommitted", p.stepsDone());
        out.put("startedAt", p.startedAt() == null ? null : p.startedAt().toString());
        out.put("next", p.nextUpgrade());
        return out;
    }
}
