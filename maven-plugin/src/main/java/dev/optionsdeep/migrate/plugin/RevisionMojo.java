package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.Autogenerate;
import dev.optionsdeep.migrate.diff.NeedsIntentException;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Targets;
import dev.optionsdeep.migrate.plugin.codegen.MigrationSource;
import dev.optionsdeep.migrate.plugin.codegen.RevisionNames;
import dev.optionsdeep.migrate.plugin.codegen.RevisionSpec;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Writes a new revision: {@code mvn migrate:revision -Dmessage="Create companies table"}. Compiles
 * the project, compares the entity model with the head revision's snapshot, and writes a migration
 * class with the detected changes and their exact inverse, plus the new revision's snapshot. Needs
 * no database. With {@code -Dautogenerate=false}, writes an empty revision to fill in by hand.
 */
@Mojo(name = RevisionMojo.GOAL, threadSafe = true)
public class RevisionMojo extends AbstractMigrateMojo {

    static final String GOAL = "revision";

    /** What the revision does; becomes its message and its class name. Required. */
    @Parameter(property = "migrate.message")
    String message;

    /** {@code false} writes an empty revision for hand-written steps instead of the detected changes. */
    @Parameter(property = "migrate.autogenerate")
    String autogenerate;

    /**
     * The revision the new one follows, instead of the single head: a revision id or prefix,
     * {@code <branch>@head}, or {@code base} for a new line of history. Needed when there are several
     * heads; naming an older revision starts a branch.
     */
    @Parameter(property = "migrate.head")
    String head;

    /** A name for the branch the new revision starts (several separated by commas), for targets such as {@code <name>@head}. */
    @Parameter(property = "migrate.branchLabel")
    String branchLabel;

    /** Revisions (ids, prefixes or {@code <branch>@head}, separated by commas) that must be applied before the new one. */
    @Parameter(property = "migrate.dependsOn")
    String dependsOn;

    /**
     * Dropped columns ({@code table.column}) and tables that look like renames, to drop anyway, separated
     * by commas. Without it, {@code migrate:revision} stops and names the likely renames.
     */
    @Parameter(property = "migrate.allowDrop")
    String allowDrop;

    /**
     * Added NOT NULL columns without a default ({@code table.column}, separated by commas) to add to their
     * existing table anyway: as nullable, then NOT NULL once a data step has filled them.
     */
    @Parameter(property = "migrate.allowNotNull")
    String allowNotNull;

    /**
     * {@code true} builds the indexes the revision adds to existing tables with {@code CREATE INDEX
     * CONCURRENTLY} ({@code ops.createIndexConcurrently}), so those tables stay writable while the index
     * builds; the downgrade drops them concurrently. Indexes of new tables are built with their table.
     */
    @Parameter(property = "migrate.concurrently", defaultValue = "false")
    boolean concurrently;

    private final SecureRandom random = new SecureRandom();

    @Override
    void run() throws IOException {
        String text = option("message", message);
        if (text == null) {
            throw new ConfigurationException("a revision needs a message: mvn migrate:revision -Dmessage=\"Create companies table\"");
        }
        String auto = option("autogenerate", autogenerate);
        boolean detect = auto == null || !auto.strip().equalsIgnoreCase("false");
        ProjectLayout layout = layout();
        List<String> databases = databases(layout);
        if (!detect && databases.size() > 1) {
            throw new ConfigurationException("an empty revision belongs to one database: add -Ddatabase=… (one of "
                    + String.join(", ", databases) + ")");
        }
        if (databases.size() > 1 && (option("head", head) != null || option("branchLabel", branchLabel) != null
                || option("dependsOn", dependsOn) != null)) {
            throw new ConfigurationException("-Dhead, -DbranchLabel and -DdependsOn name revisions of one database:"
                    + " add -Ddatabase=… (one of " + String.join(", ", databases) + ")");
        }
        int written = 0;
        try (ProjectLock lock = ProjectLock.acquire(Path.of(project.getBuild().getDirectory()), getLog());
             URLClassLoader loader = projectClassLoader()) {
            for (String db : databases) {
                if (revise(layout, loader, db, text.strip(), detect)) {
                    written++;
                }
            }
        }
        if (written > 0) {
            getLog().info("Review the generated code, then apply it: mvn migrate:upgrade");
        }
    }

    private boolean revise(ProjectLayout layout, URLClassLoader loader, String db, String text, boolean detect) throws IOException {
        Snapshot model = layout.model(db).orElseThrow(() -> new ConfigurationException(
                "no compiled model for database " + db + ": run the build again (mvn compile)"));
        if (detect) {
            // An empty revision, written by hand, is how an excluded table gets created: allowed either way.
            IncompleteModel.require(model, "migrate:revision");
        }
        RevisionGraph graph = revisions(loader, layout, db).graph();
        Snapshots.requireCompiledHead(layout, db, graph, session.getRequest().getStartTime().toInstant());
        Optional<RevisionInfo> parent = parent(graph, db);
        List<String> parents = parent.map(p -> List.of(p.id())).orElse(List.of());
        Snapshot head = parent.map(p -> Snapshots.of(layout, db, p)).orElse(Snapshot.empty(db));
        List<String> labels = branchLabels(graph, db);
        List<String> needs = list(option("dependsOn", dependsOn)).stream()
                .map(d -> Targets.resolve(graph, Optional.empty(), d).orElseThrow(() -> new ConfigurationException(
                        "-DdependsOn=" + d + " names base, which every revision follows already: name a revision")))
                .toList();
        List<Change> changes = detect ? detect(layout, db, head, model) : List.of();
        if (detect && changes.isEmpty()) {
            getLog().info(db + ": no changes detected; the model matches "
                    + (parents.isEmpty() ? "base" : "head revision " + parents.get(0)) + ". Nothing written.");
            return false;
        }
        DefinitionCheck.run(db, probeSettings(db), parents, changes, getLog());
        getLog().info(db + ": " + (detect ? "detected " + changes.size() + " change" + (changes.size() == 1 ? "" : "s") : "empty revision"));
        StepLines.text(changes).forEach(getLog()::info);

        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String className = uniqueClassName(layout, db, RevisionNames.className(created, text));
        String id = newId(graph, random);
        RevisionSpec spec = new RevisionSpec(layout.packageOf(db), className, id, parents, text, created,
                changes, SchemaDiff.inverse(changes), labels, needs);
        Path source = MigrationSource.write(spec, layout.sourceDirectory());
        // Never with the model's problems: an incomplete model stops the revision above.
        // Never with problems; with the Hibernate line the model was mapped for, so that a change of line shows.
        Snapshot captured = detect ? model : head;
        Path snapshot = Snapshots.write(layout, className,
                new Snapshot(db, captured.schema(), java.util.List.of(), captured.hibernate()));
        Snapshots.writeHeadRecord(layout, db, id, className);
        Path base = project.getBasedir().toPath();
        getLog().info(db + ": revision " + id + " written to " + base.relativize(source));
        getLog().info(db + ": its snapshot written to " + base.relativize(snapshot));
        return true;
    }

    /** Where verbatim column definitions can be checked: the environment's database, or null when none is configured. */
    private ConnectionSettings probeSettings(String db) throws IOException {
        try {
            return connectionSettings(environment(), db);
        } catch (ConfigurationException e) {
            return null;
        }
    }

    /** The diff with the model's renames, or the message that says which intent is missing. */
    private List<Change> detect(ProjectLayout layout, String db, Snapshot head, Snapshot model) {
        Autogenerate.Confirmations confirmed = new Autogenerate.Confirmations(
                Set.copyOf(list(option(IntentMessage.ALLOW_DROP, allowDrop))),
                Set.copyOf(list(option(IntentMessage.ALLOW_NOT_NULL, allowNotNull))));
        try {
            Autogenerate.Result result = Autogenerate.changes(head.schema(), model.schema(), layout.renameHints(db), confirmed);
            result.ignored().forEach(i -> getLog().warn(db + ": ignored " + i + ". Correct the old name, or remove the hint."));
            return flag("concurrently", concurrently) ? Autogenerate.concurrentIndexes(result.changes(), head.schema())
                    : result.changes();
        } catch (NeedsIntentException e) {
            throw new ConfigurationException(IntentMessage.of(db, e));
        }
    }

    /**
     * The revision the new one follows: the one {@code -Dhead} names, else the single head, else none
     * (the first revision).
     */
    private Optional<RevisionInfo> parent(RevisionGraph graph, String db) {
        String from = option("head", head);
        if (from != null) {
            return Targets.resolve(graph, Optional.empty(), from).map(graph::get);
        }
        List<RevisionInfo> heads = graph.heads();
        if (heads.size() > 1) {
            List<String> ids = heads.stream().map(RevisionInfo::id).toList();
            throw new RevisionException("database " + db + " has several heads (" + String.join(", ", ids)
                    + "): a new revision cannot follow all of them. Join them first with mvn migrate:merge"
                    + " -Dmessage=\"Merge heads\", or pick the one to follow with -Dhead=" + ids.get(0)
                    + " (or -Dhead=<branch>@head).");
        }
        return heads.stream().findFirst();
    }

    private List<String> branchLabels(RevisionGraph graph, String db) {
        List<String> labels = list(option("branchLabel", branchLabel));
        for (String label : labels) {
            String problem = RevisionGraph.labelProblem(label, graph.ids());
            if (problem != null) {
                throw new ConfigurationException("-DbranchLabel=" + label + " " + problem + ": choose another name");
            }
            graph.labelled(label).ifPresent(r -> {
                throw new ConfigurationException("-DbranchLabel=" + label + ": database " + db + " has that branch label"
                        + " already, on revision " + r.id() + ". Choose another name, or -Dhead=" + label
                        + "@head to add to that branch.");
            });
        }
        return labels;
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String uniqueClassName(ProjectLayout layout, String db, String candidate) {
        String name = candidate;
        for (int i = 2; Files.exists(layout.sourceFile(db, name)); i++) {
            name = candidate + "_" + i;
        }
        return name;
    }

    static String newId(RevisionGraph graph, RandomGenerator random) {
        String id;
        do {
            id = RevisionNames.newRevisionId(random);
        } while (graph.find(id).isPresent());
        return id;
    }
}
