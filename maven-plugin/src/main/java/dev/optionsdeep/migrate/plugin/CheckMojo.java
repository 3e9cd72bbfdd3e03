package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.snapshot.HeadRecord;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fails the build when a revision is due: when the compiled model of a database differs from its
 * head revision's snapshot (listing the changes no revision captures), or when a database's
 * revisions have several heads. Needs no database, so it fits a CI build:
 * {@code mvn migrate:check}.
 */
@Mojo(name = CheckMojo.GOAL, threadSafe = true)
public class CheckMojo extends AbstractMigrateMojo {

    static final String GOAL = "check";

    @Override
    void run() throws IOException {
        ProjectLayout layout = layout();
        GoalOutput output = output().start(GOAL, null);
        List<String> problems = new ArrayList<>();
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases(layout)) {
                List<String> found = check(layout, db, revisions(loader, layout, db).graph(), output);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("ok", found.isEmpty());
                entry.put("problems", found);
                output.database(db, entry);
                problems.addAll(found);
            }
        }
        output.put("ok", problems.isEmpty());
        output.finish();
        if (!problems.isEmpty()) {
            throw new ConfigurationException("migrate:check found work to do before this build can be deployed:\n"
                    + String.join("\n", problems));
        }
    }

    private List<String> check(ProjectLayout layout, String db, RevisionGraph graph, GoalOutput output) throws IOException {
        Snapshot model = layout.model(db).orElseThrow(() -> new ConfigurationException(
                "no compiled model for database " + db + ": run the build again (mvn compile)"));
        if (!model.isComplete()) {
            return List.of(IncompleteModel.message(model, "migrate:check"));
        }
        List<RevisionInfo> heads = graph.heads();
        if (heads.size() > 1) {
            return List.of(db + ": the revisions have several heads, " + String.join(", ",
                    heads.stream().map(RevisionInfo::id).toList()) + ", so migrate:upgrade would stop at them."
                    + " Join them: mvn migrate:merge -Dmessage=\"Merge heads\" -Ddatabase=" + db);
        }
        UncapturedChanges uncaptured = UncapturedChanges.of(layout, db, model, heads);
        List<String> problems = new ArrayList<>();
        if (!uncaptured.isEmpty()) {
            problems.add(uncaptured.describe());
        }
        if (!heads.isEmpty()) {
            headRecordProblem(layout, db, heads.get(0)).ifPresent(problems::add);
        }
        if (problems.isEmpty()) {
            output.line(db + ": the model matches " + uncaptured.against());
        }
        return problems;
    }

    /**
     * The head record must name the head, since version control merges it and compile-time checks
     * read it; a stale one usually means a conflict in it was resolved by hand.
     */
    private static Optional<String> headRecordProblem(ProjectLayout layout, String db, RevisionInfo head)
            throws IOException {
        Path file = layout.headFile(db);
        String line = HeadRecord.line(head.id(), head.simpleName());
        List<String> records = Files.isRegularFile(file)
                ? HeadRecord.lines(Files.readString(file, StandardCharsets.UTF_8))
                : List.of();
        if (records.equals(List.of(line))) {
            return Optional.empty();
        }
        return Optional.of(db + ": the head record " + file + " does not name the head revision " + head.id()
                + ". Rewrite it: its one line should read\n    " + line);
    }
}
