package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.Log;
import dev.optionsdeep.migrate.diff.UnsupportedChangeException;
import dev.optionsdeep.migrate.executor.ChecksumMismatchException;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.DatabaseConnectionException;
import dev.optionsdeep.migrate.executor.LockTimeoutException;
import dev.optionsdeep.migrate.executor.MigrationFailedException;
import dev.optionsdeep.migrate.executor.Migrator;
import dev.optionsdeep.migrate.migration.RevisionException;
import dev.optionsdeep.migrate.migration.Revisions;
import dev.optionsdeep.migrate.plugin.graph.EnvironmentStates;
import dev.optionsdeep.migrate.snapshot.SnapshotFormatException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What every goal shares: reading its parameters, finding the project's databases and revisions,
 * and turning the runtime's typed failures into build failures that say what to fix.
 */
abstract class AbstractMigrateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    Settings settings;

    @Component
    SettingsDecrypter decrypter;

    /**
     * The environments a goal can act on: each with a name, a JDBC URL, a username and a password
     * variable or a settings.xml server id, and optionally {@code <protected>true</protected>}.
     */
    @Parameter
    List<Environment> environments;

    /** Settings per database that hold in every environment: schema and session settings. */
    @Parameter
    List<DatabaseConfig> databases;

    /**
     * The environment to act on ({@code -Denv=prod}). Without it: the ENVIRONMENT variable, then
     * ENVIRONMENT in the project's .env file, then {@code local}.
     */
    @Parameter(property = "migrate.env")
    String env;

    /** The one database to act on ({@code -Ddatabase=equities}); every database of the model when absent. */
    @Parameter(property = "migrate.database")
    String database;

    /** The Java package under which each database's revisions live, one subpackage per database. */
    @Parameter(property = "migrate.migrationPackage", defaultValue = "db.migration")
    String migrationPackage;

    /** How long, in seconds, to wait for another migration of the same database to finish. */
    @Parameter(property = "migrate.lockTimeout", defaultValue = "60")
    int lockTimeout;

    /**
     * How long, in seconds, a migration statement waits for a lock on a table (PostgreSQL's
     * {@code lock_timeout}) before its revision is rolled back and retried, so that a migration never
     * queues the table's readers behind it for long; 0 waits forever. An {@code <environment>} may set
     * its own; a {@code lock_timeout} in a database's {@code <sessionSettings>} wins over both.
     */
    @Parameter(property = "migrate.tableLockTimeout", defaultValue = "5")
    int tableLockTimeout;

    /** How often a revision that gave up waiting for a table lock runs again, after 1 s, 2 s, 4 s…; an {@code <environment>} may set its own. */
    @Parameter(property = "migrate.lockRetries", defaultValue = "3")
    int lockRetries;

    /** The name of a protected environment, to confirm a downgrade, stamp or data-losing upgrade there. */
    @Parameter(property = "migrate.confirm")
    String confirm;

    /**
     * How goals that report (current, history, heads, check, show, upgrade, downgrade) print their
     * result: {@code text}, or {@code json} (one JSON document on standard output, see the README).
     */
    @Parameter(property = "migrate.format", defaultValue = "text")
    String format;

    /**
     * When the goal compiles the project first: {@code auto} (the default) runs the build up to
     * {@code compile} only when a source, resource, POM or dependency changed since this plugin last
     * compiled it, {@code always} on every run (for sources generated from files outside the project).
     */
    @Parameter(property = "migrate.compile", defaultValue = "auto")
    String compile;

    /**
     * The Hibernate line whose mapping rules the goals work with: {@code 6.6} (Spring Boot 3.4 and 3.5), {@code 7.2}
     * (Boot 4.0) or {@code 7.4} (Boot 4.1). The compile a goal runs passes it to the annotation processor as
     * {@code -Amigrate.hibernate} when the compiler arguments name no line (naming another line is an error). A goal
     * stops when the compiled snapshots were made for another line (classes compiled by an IDE or by a plain
     * {@code mvn compile}): {@code mvn clean} and the goal again compile them for this one. Without it, the processor
     * decides as for {@code mvn compile}: {@code -Amigrate.hibernate}, else the hibernate-core on the class path,
     * else 7.4.
     */
    @Parameter(property = "migrate.hibernate")
    String hibernate;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    @Component
    LifecycleExecutor lifecycle;

    /** Resolves the project's compile dependencies when the goal needs them resolved anew (see {@link ProjectClasspath}). */
    @Component
    ProjectDependenciesResolver dependencies;

    /** The project's compile class path elements, known once {@link #execute()} has checked the classes. */
    private List<String> classpath = List.of();

    /** Skips the goal. */
    @Parameter(property = "migrate.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: migrate.skip is set");
            return;
        }
        if ("pom".equals(project.getPackaging()) && session.getProjects().size() > 1) {
            getLog().info("Skipping " + EntityModules.skipReason(session, project, null) + "; the goal runs in the modules"
                    + " that do");
            return;
        }
        try {
            // No short -Dhibernate: too near what other builds may set.
            String given = session.getUserProperties().getProperty("migrate.hibernate");
            Optional<HibernateLineSetting> line = HibernateLineSetting.of(given != null
                    ? new Setting(given, "-Dmigrate.hibernate")
                    : hibernate == null ? null : new Setting(hibernate, "<hibernate> in pom.xml"));
            classpath = new ProjectClasspath(session, project, dependencies, getLog()).elements();
            new FreshClasses(session, project, mojoExecution, lifecycle, getLog(), line.orElse(null))
                    .ensure("always".equals(compile), classpath);
            String noEntities = EntityModules.skipReason(session, project, layout());
            if (noEntities != null) {
                getLog().info("Skipping " + noEntities + "; the goal runs in the modules that do");
                return;
            }
            if (line.isPresent()) {
                ProjectLayout layout = layout();
                line.get().check(layout, layout.modelDatabases(), mojoExecution.getGoal());
            }
            run();
        } catch (ConfigurationException | RevisionException | DatabaseConnectionException | MigrationFailedException
                 | LockTimeoutException | UnsupportedChangeException | SnapshotFormatException | ChecksumMismatchException e) {
            // The message is complete: with the cause attached, Maven would append the JDBC driver's
            // message to it after a colon, two messages run together. The cause is there with -X.
            getLog().debug("what the failure came from", e);
            throw new MojoFailureException(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("Migrate could not read or write a file: " + e.getMessage(), e);
        }
    }

    abstract void run() throws IOException, MojoFailureException;

    /**
     * A goal option as the user gave it: {@code -Dmigrate.<name>} first, then the short {@code -D<name>},
     * then the plugin's configuration in pom.xml; null when none gives a value.
     */
    Setting setting(String shortName, String configured) {
        return setting(shortName, "migrate." + shortName, configured);
    }

    /** As {@link #setting(String, String)}, for an option whose namespaced name is not {@code migrate.<short name>}. */
    Setting setting(String shortName, String namespacedName, String configured) {
        return Setting.of(session.getUserProperties(), shortName, namespacedName, configured);
    }

    /** The value of {@link #setting(String, String)}, or null. */
    String option(String shortName, String configured) {
        return option(shortName, "migrate." + shortName, configured);
    }

    /** As {@link #option(String, String)}, for an option whose namespaced name is not {@code migrate.<short name>}. */
    String option(String shortName, String namespacedName, String configured) {
        Setting s = setting(shortName, namespacedName, configured);
        return s == null || s.value().isBlank() ? null : s.value();
    }

    /** A boolean option: {@code -Dverbose} (true), {@code -Dverbose=false}, its namespaced form (which wins), or pom.xml. */
    boolean flag(String shortName, boolean configured) {
        Setting s = setting(shortName, configured ? "true" : null);
        return s != null && s.isTrue();
    }

    /** The result as text, for goals without a JSON form (branches): Maven's log, or standard output under {@code mvn -q}. */
    GoalOutput textOutput() {
        return new GoalOutput(false, getLog(), System.out);
    }

    /** Where the goal's result goes: Maven's log, standard output under {@code mvn -q}, or JSON ({@code -Dmigrate.format=json}). */
    GoalOutput output() {
        return GoalOutput.of(format, getLog());
    }

    ProjectLayout layout() {
        Path basedir = project.getBasedir().toPath();
        List<Resource> resources = project.getResources();
        Path resourceDirectory = resources == null || resources.isEmpty()
                ? basedir.resolve("src/main/resources")
                : Path.of(resources.get(0).getDirectory());
        return new ProjectLayout(Path.of(project.getBuild().getSourceDirectory()), resourceDirectory,
                Path.of(project.getBuild().getOutputDirectory()), migrationPackage);
    }

    /** The databases this run acts on: the one named by {@code -Ddatabase}, or all of the model's. */
    List<String> databases(ProjectLayout layout) {
        List<String> known = layout.modelDatabases();
        Setting chosen = setting("database", database);
        String selected = option("database", database);
        if (known.isEmpty()) {
            throw new ConfigurationException("the compiled model has no entities (no " + ProjectLayout.MODEL_DIRECTORY
                    + "/*.schema.json in " + layout.outputDirectory() + "). Check that the project has @Entity classes and"
                    + " that migrate-annotation-processor is in the maven-compiler-plugin's <annotationProcessorPaths> (or,"
                    + " found on the class path, runs: from JDK 23 on that needs <proc>full</proc>);"
                    + " if another build of this project is compiling at the same time, wait for it to finish and run again."
                    + EntityModules.advice(classpath(), layout.outputDirectory()));
        }
        if (selected == null) {
            return known;
        }
        if (!known.contains(selected)) {
            throw new ConfigurationException("database '" + selected + "' (from " + chosen.source() + ") has no entities in this project."
                    + " Known databases: " + String.join(", ", known) + ".");
        }
        return List.of(selected);
    }

    private List<String> classpath() {
        return classpath;
    }

    URLClassLoader projectClassLoader() {
        return ProjectClassLoader.of(classpath, getClass().getClassLoader());
    }

    /** What a listing goal (history, heads, branches) does with one database that has revisions. */
    interface RevisionListing {
        void list(String database, Revisions revisions, ProjectLayout layout) throws IOException;
    }

    /** For each selected database: a header, then the listing, or a hint when it has no revisions yet. */
    void forEachDatabase(RevisionListing listing) throws IOException {
        forEachDatabase(textOutput(), listing);
    }

    /** As {@link #forEachDatabase(RevisionListing)}, the header and hint going to {@code output}. */
    void forEachDatabase(GoalOutput output, RevisionListing listing) throws IOException {
        ProjectLayout layout = layout();
        try (URLClassLoader loader = projectClassLoader()) {
            for (String db : databases(layout)) {
                Revisions revisions = revisions(loader, layout, db);
                output.line("Database " + db + ":");
                if (revisions.graph().isEmpty()) {
                    output.line("  no revisions yet: mvn migrate:revision -Dmessage=\"…\" creates the first");
                    output.database(db, Map.of("revisions", List.of()));
                    continue;
                }
                listing.list(db, revisions, layout);
            }
        }
    }

    Revisions revisions(ClassLoader loader, ProjectLayout layout, String database) {
        return Revisions.scan(loader, layout.packageOf(database));
    }

    ResolvedEnvironment environment() throws IOException {
        return new EnvironmentResolver(environments, System.getenv(), dotEnv(), this::server).resolveFrom(setting("env", env));
    }

    /** One configured environment by name, with its credentials, whichever environment the run chose. */
    ResolvedEnvironment environment(String name) throws IOException {
        return new EnvironmentResolver(environments, System.getenv(), dotEnv(), this::server)
                .resolveFrom(new Setting(name, "<environments>"));
    }

    /**
     * Where every configured environment has database {@code db}: the revisions each one that answers is
     * at, and for each that does not (no password, host unknown, refused), the first line of why.
     */
    EnvironmentStates environmentStates(String db, Revisions revisions) {
        Map<String, List<String>> at = new TreeMap<>();
        Map<String, String> unreachable = new TreeMap<>();
        for (Environment configured : environments == null ? List.<Environment>of() : environments) {
            try {
                ResolvedEnvironment environment = environment(configured.getName());
                at.put(configured.getName(), new Migrator(
                        connectionSettings(environment, db), revisions, log(), lockTimeout()).current());
            } catch (ConfigurationException | DatabaseConnectionException | RevisionException | IOException e) {
                unreachable.put(configured.getName(), e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return new EnvironmentStates(at, unreachable);
    }

    /**
     * Stops unless the environment is unprotected or {@code -Dconfirm} names it.
     *
     * @param why what the goal is about to do there, for example "downgrade reverts revisions"
     */
    void requireConfirmation(ResolvedEnvironment environment, String why) {
        if (!environment.isProtected()) {
            return;
        }
        String given = option("confirm", confirm);
        if (environment.name().equals(given)) {
            getLog().warn("Environment " + environment.name() + " is protected; going ahead as -Dconfirm=" + given + " asks: " + why);
            return;
        }
        throw new ConfigurationException("environment '" + environment.name() + "' is protected, and " + why
                + (given == null ? "" : "\n-Dconfirm=" + given + " does not name this environment.")
                + "\nRun again with -Dconfirm=" + environment.name() + " to go ahead.");
    }

    /** Says which environment and database a goal acts on, and where: the URL, never the password. */
    void announce(ResolvedEnvironment environment, String db, ConnectionSettings settings) {
        getLog().info("Environment " + environment.name() + " (from " + environment.source() + "), database "
                + db + ": " + settings.displayUrl());
    }

    /** The connection settings of one database in the chosen environment. */
    ConnectionSettings connectionSettings(ResolvedEnvironment environment, String db) {
        return environment.settingsFor(db, databases == null ? List.of() : databases);
    }

    /** A settings.xml server with its password decrypted as Maven does. */
    private Optional<ServerCredentials> server(String id) {
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            return Optional.empty();
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!result.getProblems().isEmpty()) {
            throw new ConfigurationException("cannot decrypt the password of server '" + id + "' in settings.xml: "
                    + result.getProblems().get(0).getMessage()
                    + ". Check ~/.m2/settings-security.xml (mvn --encrypt-master-password) and the server's password.");
        }
        Server decrypted = result.getServer();
        return Optional.of(new ServerCredentials(decrypted.getUsername(), decrypted.getPassword()));
    }

    /**
     * The nearest .env from this module's directory upwards, within the build: the search stops at
     * the directory Maven runs in, or at the first parent without a pom.xml, so that a .env outside
     * the project (in a home directory, say) never chooses the environment or supplies a password.
     */
    private DotEnv dotEnv() throws IOException {
        Path executionRoot = session.getExecutionRootDirectory() == null ? null
                : Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        for (Path dir = project.getBasedir().toPath().toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(".env");
            if (Files.isRegularFile(candidate)) {
                return DotEnv.read(candidate);
            }
            Path parent = dir.getParent();
            if (dir.equals(executionRoot) || parent == null || !Files.isRegularFile(parent.resolve("pom.xml"))) {
                break;
            }
        }
        return DotEnv.EMPTY;
    }

    /**
     * Runs one database's part of a goal, prefixing a failure with the database and environment, so
     * that in a run over several databases the user knows which one failed.
     */
    <T> T inDatabase(String db, ResolvedEnvironment environment, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DatabaseConnectionException | MigrationFailedException | LockTimeoutException | RevisionException
                 | ChecksumMismatchException e) {
            throw new ConfigurationException("database " + db + ", environment " + environment.name() + ": " + e.getMessage(), e);
        }
    }

    Duration lockTimeout() {
        return Duration.ofSeconds(lockTimeout);
    }

    /** The lock settings of a migration in {@code environment}: its own where it sets them, the plugin's otherwise. */
    dev.optionsdeep.migrate.executor.Locking locking(ResolvedEnvironment environment) {
        Environment configured = environments == null ? null : environments.stream()
                .filter(e -> environment.name().equals(e.getName())).findFirst().orElse(null);
        Integer timeout = configured == null ? null : configured.getTableLockTimeout();
        Integer retries = configured == null ? null : configured.getLockRetries();
        return dev.optionsdeep.migrate.executor.Locking.defaults().withMigrationLockWait(lockTimeout())
                .withTableLockTimeout(Duration.ofSeconds(timeout != null ? timeout : tableLockTimeout))
                .withRetries(retries != null ? retries : lockRetries, Duration.ofSeconds(1));
    }

    Log log() {
        return new MavenLog(getLog());
    }

    /** Maven's log, with Maven's prefix on every line of a message of several lines. */
    @Override
    public org.apache.maven.plugin.logging.Log getLog() {
        org.apache.maven.plugin.logging.Log log = super.getLog();
        return log instanceof LineLog ? log : new LineLog(log);
    }
}
