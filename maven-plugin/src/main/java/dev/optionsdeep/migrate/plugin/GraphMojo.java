package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.migration.Targets;
import dev.optionsdeep.migrate.plugin.graph.EnvironmentStates;
import dev.optionsdeep.migrate.plugin.graph.GraphPage;
import dev.optionsdeep.migrate.plugin.graph.RevisionDiagram;
import dev.optionsdeep.migrate.plugin.graph.SchemaDiagram;
import dev.optionsdeep.migrate.schema.Schema;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

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
import java.util.Set;

/**
 * Draws each database's revisions and tables: {@code mvn migrate:graph}. Writes, under
 * {@code target/migrate/}, the revision graph (branches, merges, labels, and the revision each
 * configured environment is at, where its database answers) and an entity-relationship diagram of a
 * revision's snapshot (head by default, {@code -Drev=…}), each as Mermaid text ({@code .mmd}) and both
 * in one HTML page that shows them without network access. Environments that do not answer are
 * named, never an error.
 */
@Mojo(name = GraphMojo.GOAL, threadSafe = true)
public class GraphMojo extends AbstractMigrateMojo {

    static final String GOAL = "graph";
    static final String DIRECTORY = "migrate";

    /**
     * The revision whose tables to draw: an id or a unique prefix, {@code head}, {@code head~1},
     * {@code <branch>@head}. Default: the head (with several heads, their snapshots joined as
     * {@code migrate:merge} would join them; with no revision yet, the compiled model).
     */
    @Parameter(property = ShowMojo.MIGRATE_REVISION)
    String revision;

    /** What one database's page shows the tables of: the revision (null: the compiled model) and its schema. */
    private record Drawn(String revision, String description, Schema schema) {
    }

    @Override
    void run() throws IOException {
        String wanted = option(ShowMojo.REV, ShowMojo.MIGRATE_REVISION, revision);
        ProjectLayout layout = layout();
        List<String> databases = databases(layout);
        Path directory = Path.of(project.getBuild().getDirectory()).resolve(DIRECTORY);
        GoalOutput output = output().start(GOAL, null);
        List<String> misses = new ArrayList<>();
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases) {
                Revisions revisions = revisions(loader, layout, db);
                Optional<Drawn> drawn = drawn(layout, db, revisions.graph(), wanted, databases.size() > 1, misses);
                if (drawn.isPresent()) {
                    write(directory, db, revisions, drawn.get(), layout, output);
                }
            }
        }
        if (!misses.isEmpty() && misses.size() == databases.size()) {
            throw new ConfigurationException("no database has revision '" + wanted + "':\n  " + String.join("\n  ", misses));
        }
        misses.forEach(miss -> output.line(miss + "; nothing drawn for it"));
        output.finish();
    }

    /** The schema to draw; empty when {@code -Drev} is not a revision of this database and others may have it. */
    private static Optional<Drawn> drawn(ProjectLayout layout, String db, RevisionGraph graph, String wanted,
                                         boolean severalDatabases, List<String> misses) {
        if (wanted == null) {
            return Optional.of(head(layout, db, graph));
        }
        Optional<String> id;
        try {
            id = Targets.resolve(graph, Optional.empty(), wanted);
        } catch (RevisionException e) {
            if (!severalDatabases) {
                throw e;
            }
            misses.add(db + ": " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(id.map(r -> new Drawn(r, "revision " + r, Snapshots.of(layout, db, graph.get(r)).schema()))
                .orElse(new Drawn(null, "base (no tables)", Schema.EMPTY)));
    }

    private static Drawn head(ProjectLayout layout, String db, RevisionGraph graph) {
        List<String> heads = graph.heads().stream().map(RevisionInfo::id).toList();
        if (heads.isEmpty()) {
            return new Drawn(null, "the compiled model (no revisions yet)", layout.model(db).map(s -> s.schema())
                    .orElse(Schema.EMPTY));
        }
        if (heads.size() == 1) {
            return new Drawn(heads.get(0), "head revision " + heads.get(0),
                    Snapshots.of(layout, db, graph.get(heads.get(0))).schema());
        }
        return new Drawn(String.join(", ", heads), "heads " + String.join(", ", heads) + " joined",
                Snapshots.merged(layout, db, graph, heads).schema());
    }

    private void write(Path directory, String db, Revisions revisions, Drawn drawn, ProjectLayout layout,
                       GoalOutput output) throws IOException {
        RevisionGraph graph = revisions.graph();
        EnvironmentStates environments = environmentStates(db, revisions);
        RevisionFormat format = RevisionFormat.of(graph, Set.of(), project.getBasedir().toPath(), layout, db);
        RevisionDiagram revisionDiagram = new RevisionDiagram(graph, environments, format::marked);
        SchemaDiagram schemaDiagram = new SchemaDiagram(drawn.schema());
        String revisionsFile = db + "-revisions.mmd";
        String tablesFile = db + "-tables.mmd";
        Path page = directory.resolve(db + "-graph.html");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(revisionsFile), revisionDiagram.mermaid(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(tablesFile), schemaDiagram.mermaid(), StandardCharsets.UTF_8);
        Files.writeString(page, new GraphPage("Database " + db, notes(environments), List.of(
                new GraphPage.Section("Revisions", revisionDiagram.svg("Revisions of database " + db),
                        revisionDiagram.mermaid(), revisionsFile),
                new GraphPage.Section("Tables at " + drawn.description(), schemaDiagram.svg("Tables of database " + db
                        + " at " + drawn.description()), schemaDiagram.mermaid(), tablesFile))).html(),
                StandardCharsets.UTF_8);
        report(db, drawn, environments, page, directory.resolve(revisionsFile), directory.resolve(tablesFile), output);
    }

    private static List<String> notes(EnvironmentStates environments) {
        List<String> notes = new ArrayList<>();
        environments.at().forEach((env, at) -> notes.add("Environment " + env + " is at " + (at.isEmpty() ? "base"
                : String.join(", ", at)) + "."));
        environments.unreachableLines().forEach(line -> notes.add("Not reachable, so not shown: environment " + line + "."));
        return notes;
    }

    private void report(String db, Drawn drawn, EnvironmentStates environments, Path page, Path revisionsFile,
                        Path tablesFile, GoalOutput output) {
        Path base = project.getBasedir().toPath();
        output.line(db + ": revision graph and tables at " + drawn.description() + " drawn in " + base.relativize(page)
                + " (Mermaid text: " + base.relativize(revisionsFile) + ", " + base.relativize(tablesFile) + ")");
        environments.at().forEach((env, at) -> output.line(db + ": environment " + env + " is at "
                + (at.isEmpty() ? "base" : String.join(", ", at))));
        if (!environments.unreachable().isEmpty()) {
            output.line(db + ": not reachable, so not shown: " + String.join(", ", environments.unreachableLines()));
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("tablesOf", drawn.revision());
        entry.put("page", page.toString());
        entry.put("revisionsMermaid", revisionsFile.toString());
        entry.put("tablesMermaid", tablesFile.toString());
        entry.put("environments", new LinkedHashMap<>(environments.at()));
        entry.put("unreachable", new LinkedHashMap<>(environments.unreachable()));
        output.database(db, entry);
    }
}
