package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.executor.Checksum.StepHash;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the checksum the history recorded for every revision the database is at (and their
 * ancestors) with the checksum of the revision's code now. Reads only: it needs no lock and changes
 * nothing, so upgrade and downgrade run it before they plan, and {@code migrate:validate} alone.
 */
final class ChecksumCheck {

    /** One applied revision whose code no longer matches; {@code detail} names the first differing step. */
    record Mismatch(RevisionInfo revision, String detail) {

        String describe() {
            return "revision " + revision.id() + " (" + revision.message() + "), " + revision.source() + ": " + detail;
        }
    }

    /** One applied revision without a checksum to compare, and why. */
    record NotCompared(String revision, String reason) {

        String describe() {
            return "revision " + revision + ": " + reason;
        }
    }

    /**
     * @param checked    the applied revisions whose code matches
     * @param mismatches those whose code changed
     * @param unchecked  those without a checksum to compare
     */
    record Result(List<String> checked, List<Mismatch> mismatches, List<NotCompared> unchecked) {

        Result {
            checked = List.copyOf(checked);
            mismatches = List.copyOf(mismatches);
            unchecked = List.copyOf(unchecked);
        }

        /** What differs in revision {@code id}, or why it was not compared; empty when it matches. */
        String about(String id) {
            return mismatches.stream().filter(m -> m.revision().id().equals(id)).map(Mismatch::detail).findFirst()
                    .orElseGet(() -> unchecked.stream().filter(u -> u.revision().equals(id)).map(NotCompared::reason)
                            .findFirst().orElse(""));
        }
    }

    private ChecksumCheck() {
    }

    static Result run(Connection c, VersionTables tables, Revisions revisions, List<String> heads) throws SQLException {
        if (heads.isEmpty()) {
            return new Result(List.of(), List.of(), List.of()); // at base nothing is applied: no history to read
        }
        RevisionGraph graph = revisions.graph();
        // Heads were read from the version table, so the tables exist.
        Map<String, VersionTables.Recorded> recorded = tables.recordedChecksums(c);
        Set<String> applied = graph.appliedAt(heads);
        List<String> checked = new ArrayList<>();
        List<Mismatch> mismatches = new ArrayList<>();
        List<NotCompared> unchecked = new ArrayList<>();
        for (RevisionInfo r : graph.revisions()) {
            if (!applied.contains(r.id())) {
                continue;
            }
            VersionTables.Recorded rec = recorded.get(r.id());
            if (rec == null || rec.checksum() == null) {
                unchecked.add(new NotCompared(r.id(), "no checksum recorded (it was stamped, not run)"));
                continue;
            }
            if (rec.checksum().startsWith(Checksum.PREFIX)
                    && revisions.indexedChecksum(r.id()).filter(rec.checksum()::equals).isPresent()) {
                checked.add(r.id()); // the build's index, for this very class file: no class loaded
                continue;
            }
            RevisionSteps now = RevisionSteps.read(revisions.migration(r.id()), true);
            Outcome outcome = compare(rec, now, () -> tables.recordedSteps(c, rec));
            switch (outcome.kind()) {
                case MATCH -> checked.add(r.id());
                case MISMATCH -> mismatches.add(new Mismatch(r, outcome.text()));
                case NOT_COMPARED -> unchecked.add(new NotCompared(r.id(), outcome.text()));
            }
        }
        return new Result(checked, mismatches, unchecked);
    }

    /** Stops with every mismatch, naming each revision's first differing step and what to do. */
    static void require(Connection c, VersionTables tables, Revisions revisions, List<String> heads) throws SQLException {
        List<Mismatch> mismatches = run(c, tables, revisions, heads).mismatches();
        if (!mismatches.isEmpty()) {
            throw mismatch(mismatches, "; nothing was run.");
        }
    }

    /** @param outcome what the stop means, after the first sentence: {@code "; nothing was run."}, or {@code "."} */
    static ChecksumMismatchException mismatch(List<Mismatch> mismatches, String outcome) {
        List<String> ids = mismatches.stream().map(m -> m.revision().id()).toList();
        StringBuilder message = new StringBuilder(mismatches.size() == 1
                ? "an applied revision has changed since it was applied to this database" + outcome
                : mismatches.size() + " applied revisions have changed since they were applied to this database" + outcome);
        mismatches.forEach(m -> message.append("\n  ").append(m.describe().replace("\n", "\n  ")));
        message.append("\nA revision must not change once applied: restore it from version control and put the change in"
                + " a new revision (mvn migrate:revision -Dmessage=\"…\"). If the database already is as the revision now"
                + " says, record that: mvn migrate:accept -Daccept=").append(ids.get(0)).append('.');
        return new ChecksumMismatchException(ids, message.toString());
    }

    private enum Kind { MATCH, MISMATCH, NOT_COMPARED }

    /** How one revision compared; {@code text} says what differs, or why it was not compared. */
    private record Outcome(Kind kind, String text) {
    }

    /** The step hashes recorded with a checksum, read from the history only when the checksum differs. */
    private interface RecordedSteps {
        String read() throws SQLException;
    }

    private static Outcome compare(VersionTables.Recorded rec, RevisionSteps now, RecordedSteps recordedSteps)
            throws SQLException {
        String checksum = rec.checksum();
        if (checksum.startsWith(Checksum.PREFIX)) {
            Checksum current = Checksum.of(now);
            return checksum.equals(current.value()) ? new Outcome(Kind.MATCH, null)
                    : new Outcome(Kind.MISMATCH, firstDifference(Checksum.parseSteps(recordedSteps.read()), current.steps()));
        }
        if (checksum.startsWith(Checksum.VERSION_1_PREFIX)) {
            // Recorded before checksums were validated: compared with the algorithm that recorded it.
            if (!now.complete()) {
                return new Outcome(Kind.NOT_COMPARED, "its checksum (" + Checksum.VERSION_1_PREFIX + ", from an earlier"
                        + " Migrate) covers steps its code shows only when run against a database: not compared");
            }
            return checksum.equals(Checksum.version1(now.sql())) ? new Outcome(Kind.MATCH, null)
                    : new Outcome(Kind.MISMATCH, "its checksum was recorded by an earlier Migrate ("
                    + Checksum.VERSION_1_PREFIX + "), which kept no step hashes, so the step that changed cannot be"
                    + " named. Its steps now:" + numbered(Checksum.of(now).steps()));
        }
        return new Outcome(Kind.NOT_COMPARED, "its checksum " + checksum + " comes from a newer Migrate: not compared");
    }

    private static String firstDifference(List<StepHash> applied, List<StepHash> now) {
        if (applied == null) {
            return "its steps as applied were not recorded, so the step that changed cannot be named";
        }
        for (int i = 0; i < Math.max(applied.size(), now.size()); i++) {
            StepHash was = i < applied.size() ? applied.get(i) : null;
            StepHash is = i < now.size() ? now.get(i) : null;
            if (was != null && is != null && was.hash().equals(is.hash())) {
                continue;
            }
            String step = "step " + (i + 1);
            if (was == null) {
                return step + " was added: " + is.description() + "\n  now: " + is.sql();
            }
            if (is == null) {
                return step + " was removed: " + was.description() + "\n  applied: " + was.sql();
            }
            String what = was.description().equals(is.description()) ? " (" + is.description() + ")"
                    : " (applied: " + was.description() + "; now: " + is.description() + ")";
            if (was.sql().equals(is.sql())) {
                return step + " differs" + what + ", beyond what the history shows of its SQL";
            }
            return step + " differs" + what + "\n  applied: " + was.sql() + "\n  now:     " + is.sql();
        }
        return "its checksum differs although each step matches";
    }

    private static String numbered(List<StepHash> steps) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            out.append("\n  ").append(i + 1).append(". ").append(steps.get(i).sql());
        }
        return steps.isEmpty() ? " none" : out.toString();
    }
}
