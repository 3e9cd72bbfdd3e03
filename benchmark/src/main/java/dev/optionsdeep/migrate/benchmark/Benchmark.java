package dev.optionsdeep.migrate.benchmark;

import dev.optionsdeep.migrate.diff.Autogenerate;
import dev.optionsdeep.migrate.diff.RenameHints;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.plugin.codegen.MigrationSource;
import dev.optionsdeep.migrate.plugin.codegen.RevisionSpec;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Prints one table of medians: Migrate next to Flyway, Liquibase and plain JDBC on the same
 * PostgreSQL, the same DDL per revision (see {@link Ddl}).
 *
 * <pre>
 * mvn -pl benchmark exec:java -Dexec.args="[sizes] [rounds] [entities] [mvn revisions] [processor entities]"
 * </pre>
 * sizes: revisions per project, comma-separated (default {@code 100,1000,5000}); rounds: per figure
 * (default 3); entities: of the autogenerate workload (default 500); mvn revisions: of the project the
 * whole {@code mvn} processes run on (default the smallest size; 0 leaves them out); processor entities: of the model
 * javac compiles with and without the annotation processors (default 500; 0 leaves it out, see {@link ProcessorRuns}).
 * Generated revisions are kept in
 * {@code benchmark/target/benchmark} between runs.
 */
public final class Benchmark {

    private static final double NONE = Double.NaN;

    private final int rounds;
    private final Report report = new Report();

    private Benchmark(int rounds) {
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "100,1000,5000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int entities = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        // Flyway and Liquibase log through java.util.logging; their progress is not what is measured.
        Logger.getLogger("").setLevel(Level.WARNING);
        Arrays.stream(Logger.getLogger("").getHandlers()).forEach(h -> h.setLevel(Level.WARNING));
        Benchmark benchmark = new Benchmark(rounds);
        String loadAtStart = Report.load();
        Path work = Path.of(System.getProperty("migrate.bench.work", "target/benchmark"));
        // Untimed: the first call of each tool in a JVM loads its classes, which no figure should carry.
        int warmUp = Math.min(20, Arrays.stream(sizes).min().orElse(20));
        if (warmUp > 0) {
            new Benchmark(1).apply(warmUp, new Projects(work, warmUp));
        }
        // The shorter workloads first, so that a run stopped during the largest size keeps them.
        int wholeProcess = args.length > 3 ? Integer.parseInt(args[3]) : Arrays.stream(sizes).min().orElse(100);
        if (wholeProcess > 0) {
            benchmark.wholeProcess(work, wholeProcess);
        }
        if (entities > 0) {
            benchmark.autogenerate(entities);
        }
        int processorEntities = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        String processor = "";
        if (processorEntities > 0) {
            ProcessorRuns runs = new ProcessorRuns(work, processorEntities);
            processor = runs.table(runs.measure(rounds));
            System.err.println("measured (load " + Report.load() + "):\n" + processor);
        }
        for (int n : Arrays.stream(sizes).filter(n -> n > 0).toArray()) {
            Projects projects = new Projects(work, n);
            if (!Boolean.getBoolean("migrate.bench.atHeadOnly")) { // -Dmigrate.bench.atHeadOnly: the calls at head only
                benchmark.apply(n, projects);
            }
            benchmark.atHead(n, projects);
        }
        System.out.println("Medians of " + rounds + " rounds; " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "; load average (1, 5, 15 min)"
                + " at the start " + loadAtStart + ", at the end " + Report.load() + ".");
        if (!benchmark.report.isEmpty()) {
            System.out.println(benchmark.report.table());
        }
        if (!processor.isEmpty()) {
            System.out.println();
            System.out.println(processor);
        }
    }

    /** From an empty database to the latest of n revisions, a new database each round. */
    private void apply(int n, Projects projects) throws Exception {
        List<List<String>> sql = IntStream.rangeClosed(1, n).mapToObj(Ddl::sql).toList();
        ClassLoader classes = Tools.fresh(projects.migrateClasses());
        List<Timer.Costs> tools = Timer.costsInTurn(rounds, List.of(url -> Tools.floor(url, sql),
                url -> Tools.migrate(url, classes).upgrade("head"),
                url -> Tools.flyway(url, projects.flywayDirectory()).migrate(),
                url -> Tools.liquibase(url, projects.liquibaseDirectory())));
        Timer.Costs floor = tools.get(0);
        Timer.Costs migrate = tools.get(1);
        Timer.Costs flyway = tools.get(2);
        Timer.Costs liquibase = tools.get(3);
        report.add(new Report.Row("apply " + n + " from empty", floor.wall(), migrate.wall(), flyway.wall(), liquibase.wall()));
        report.add(new Report.Row("apply " + n + ": client CPU (JVM)", floor.client(), migrate.client(), flyway.client(),
                liquibase.client()));
        report.add(new Report.Row("apply " + n + ": server CPU (backends)", floor.server(), migrate.server(), flyway.server(),
                liquibase.server()));
        report.add(new Report.Row("apply " + n + ": client + server CPU", floor.cpu(), migrate.cpu(), flyway.cpu(),
                liquibase.cpu()));
    }

    /** Calls on a database already at the latest of n revisions. */
    private void atHead(int n, Projects projects) throws Exception {
        String migrateDb = Pg.create();
        String flywayDb = Pg.create();
        String liquibaseDb = Pg.create();
        try {
            ClassLoader warm = Tools.fresh(projects.migrateClasses());
            Tools.migrate(migrateDb, warm).upgrade("head");
            Tools.flyway(flywayDb, projects.flywayDirectory()).migrate();
            Tools.liquibase(liquibaseDb, projects.liquibaseDirectory());
            report.add(new Report.Row("no-op upgrade at head, " + n + " applied, warm", NONE,
                    Timer.warm(rounds, migrateDb, url -> Tools.migrate(url, warm).upgrade("head")),
                    Timer.warm(rounds, flywayDb, url -> Tools.flyway(url, projects.flywayDirectory()).migrate()),
                    Timer.warm(rounds, liquibaseDb, url -> Tools.liquibase(url, projects.liquibaseDirectory()))));
            report.add(new Report.Row("no-op upgrade at head, " + n + " applied, fresh class loader", NONE,
                    Timer.median(rounds, () -> Tools.fresh(projects.migrateClasses()),
                            loader -> Tools.migrate(migrateDb, loader).upgrade("head"), loader -> { }),
                    NONE, NONE));
            report.add(new Report.Row("current (Flyway: info), " + n + " applied", NONE,
                    Timer.warm(rounds, migrateDb, url -> Tools.migrate(url, warm).current()),
                    Timer.warm(rounds, flywayDb, url -> Tools.flyway(url, projects.flywayDirectory()).info().current()),
                    NONE));
            report.add(new Report.Row("history with current (Flyway: info().all()), " + n + " applied", NONE,
                    Timer.warm(rounds, migrateDb, url -> history(url, warm)),
                    Timer.warm(rounds, flywayDb, url -> Tools.flyway(url, projects.flywayDirectory()).info().all()),
                    NONE));
        } finally {
            Pg.drop(migrateDb);
            Pg.drop(flywayDb);
            Pg.drop(liquibaseDb);
        }
    }

    /** Whole mvn processes on a project of n revisions, both databases at the latest (see {@link MavenRuns}). */
    private void wholeProcess(Path work, int n) throws Exception {
        String migrateDb = Pg.create();
        String flywayDb = Pg.create();
        try {
            MavenRuns mvn = new MavenRuns(work, new Projects(work, n), n, migrateDb, flywayDb);
            mvn.prepare(n);
            mvn.run("migrate:upgrade");
            mvn.run("flyway:migrate");
            // Each Migrate goal and its Flyway counterpart take turns within a round: timed apart, minutes
            // from each other, a load that changes in between would decide their ratio.
            List<Timer.Costs> upgrade = mvn.timeInTurn(rounds,
                    List.of(List.of("migrate:upgrade"), List.of("flyway:migrate")));
            mvnRows("mvn migrate:upgrade at head (Flyway: mvn flyway:migrate), " + n + " applied",
                    upgrade.get(0), upgrade.get(1));
            mvnRows("mvn migrate:upgrade at head, compiling first (-Dmigrate.compile=always)",
                    mvn.time(rounds, "migrate:upgrade", "-Dmigrate.compile=always"), null);
            List<String> goals = List.of("current", "history", "heads");
            List<List<String>> commands = new java.util.ArrayList<>(List.of(List.of("flyway:info")));
            goals.forEach(goal -> commands.add(List.of("migrate:" + goal)));
            List<Timer.Costs> read = mvn.timeInTurn(rounds, commands);
            for (int g = 0; g < goals.size(); g++) {
                mvnRows("mvn migrate:" + goals.get(g) + " (Flyway: mvn flyway:info), " + n + " applied",
                        read.get(g + 1), read.get(0));
            }
        } finally {
            Pg.drop(migrateDb);
            Pg.drop(flywayDb);
        }
    }

    private void mvnRows(String workload, Timer.Costs migrate, Timer.Costs flyway) {
        report.add(new Report.Row(workload, NONE, migrate.wall(), flyway == null ? NONE : flyway.wall(), NONE));
        report.add(new Report.Row(workload + ": CPU of the mvn process", NONE, migrate.client(),
                flyway == null ? NONE : flyway.client(), NONE));
    }

    /** What migrate:history does: the graph, the database's revisions, one line per revision. */
    private static int history(String url, ClassLoader loader) {
        Revisions revisions = Revisions.scan(loader, Projects.PACKAGE);
        List<String> current = Tools.migrate(url, revisions).current();
        StringBuilder out = new StringBuilder();
        for (RevisionInfo r : revisions.graph().revisions()) {
            out.append(r.parents()).append(" -> ").append(r.id()).append(current.contains(r.id()) ? " (current)" : "")
                    .append(", ").append(r.message()).append('\n');
        }
        return out.length();
    }

    /** migrate:revision's diff and code generation, in process, for a model of {@code entities} tables. */
    private void autogenerate(int entities) throws Exception {
        Schema model = Ddl.schema(entities);
        Table last = model.tables().get(entities - 1);
        Schema changed = model.without(last.name()).with(last.withColumns(add(last.columns())));
        report.add(new Report.Row("revision (diff + code) for " + entities + " entities, from empty", NONE,
                Timer.warm(rounds, model, m -> revision(Schema.EMPTY, m)), NONE, NONE));
        report.add(new Report.Row("revision (diff + code) for " + entities + " entities, one column added", NONE,
                Timer.warm(rounds, changed, m -> revision(model, m)), NONE, NONE));
    }

    private static List<Column> add(List<Column> columns) {
        List<Column> out = new ArrayList<>(columns);
        out.add(Column.of("note", "text"));
        return out;
    }

    private static void revision(Schema head, Schema model) {
        var changes = Autogenerate.changes(head, model, RenameHints.NONE, Autogenerate.Confirmations.NONE).changes();
        MigrationSource.render(new RevisionSpec(Projects.PACKAGE, "V99999_Bench", "bench0000001", List.of(),
                "bench", Instant.EPOCH, changes, SchemaDiff.inverse(changes)));
    }
}
