package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.diff.UnsupportedChangeException;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.snapshot.HeadRecord;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fails the build when a revision is due: when the compiled model of a database differs from its
 * head revision's snapshot (listing the changes no revision captures), or when a database's
 * revisions have several heads. Needs no database, so it fits a CI build:
 * {@code mvn migrate:check}.
 */
@Mojo(name = CheckMojo.GOAL, requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CheckMojo extends AbstractMigrateMojo {

    static final String GOAL = "check";

    @Override
    void run() throws IOException {
        ProjectLayout layout = layout();
        List<String> problems = new ArrayList<>();
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases(layout)) {
                problems.addAll(check(layout, db, revisions(loader, layout, db).graph()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("migrate:check found work to do before this build can be deployed:\n"
                    + String.join("\n", problems));
        }
    }

    private List<String> check(ProjectLayout layout, String db, RevisionGraph graph) throws IOException {
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
        Schema head = heads.isEmpty() ? Schema.EMPTY : Snapshots.of(layout, db, heads.get(0)).schema();
        String against = heads.isEmpty() ? "base (no revisions yet)" : "head revision " + heads.get(0).id();
        List<String> problems = new ArrayList<>();
        List<String> changes;
        try {
            changes = SchemaDiff.between(head, model.schema()).stream().map(Change::describe).toList();
        } catch (UnsupportedChangeException e) {
            changes = List.of(e.getMessage());
        }
        if (!changes.isEmpty()) {
            problems.add(db + ": the model has " + changes.size() + " change" + (changes.size() == 1 ? "" : "s")
                    + " that no revision captures (compared with " + against + "):\n  "
                    + String.join("\n  ", changes)
                    + "\n  Write them as a revision: mvn migrate:revision -Dmessage=\"…\" -Ddatabase=" + db);
        }
        if (!heads.isEmpty()) {
            headRecordProblem(layout, db, heads.get(0)).ifPresent(problems::add);
        }
        if (problems.isEmpty()) {
            getLog().info(db + ": the model matches " + against);
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
