package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.snapshot.Snapshot;
import org.apache.maven.plugin.MojoExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plugin's {@code <hibernate>} ({@code -Dmigrate.hibernate}): the Hibernate line whose mapping rules the goals
 * work with. The goals' own compile hands it to the annotation processor as {@code -Amigrate.hibernate} when the
 * compiler arguments say no line; a line they do say must be the same. After the compile, every compiled model
 * must have been made for that line: classes compiled elsewhere (by an IDE, by {@code mvn compile} with other
 * arguments) stop the goal, which would otherwise write or check revisions with another line's rules.
 *
 * @param line   6.6, 7.2 or 7.4
 * @param source where the user set it, for messages
 */
record HibernateLineSetting(String line, String source) {

    static final List<String> LINES = List.of("6.6", "7.2", "7.4");

    /** What a snapshot without a {@code "hibernate"} entry was made for. */
    static final String DEFAULT_LINE = "7.4";

    static final String OPTION = "-Amigrate.hibernate=";

    HibernateLineSetting {
        line = line.strip();
        if (!LINES.contains(line)) {
            throw new ConfigurationException(source + " names no Hibernate line Migrate maps for: use 6.6, 7.2 or 7.4,"
                    + " the line of the hibernate-core your application runs (6.6 for Spring Boot 3.4 and 3.5, 7.2 for 4.0,"
                    + " 7.4 for 4.1)");
        }
    }

    /** The setting the user gave, or empty when neither pom.xml nor the command line sets it. */
    static Optional<HibernateLineSetting> of(Setting given) {
        return given == null || given.value().isBlank() ? Optional.empty()
                : Optional.of(new HibernateLineSetting(given.value(), given.source()));
    }

    /**
     * The compile the goal forks, told the line: {@code -Amigrate.hibernate} is added to the compiler arguments of
     * each {@code maven-compiler-plugin:compile}, unless they name a line already; naming another line stops the goal.
     */
    void passTo(List<MojoExecution> compilePlan) {
        for (MojoExecution execution : compilePlan) {
            if (!"maven-compiler-plugin".equals(execution.getArtifactId()) || !"compile".equals(execution.getGoal())) {
                continue;
            }
            Xpp3Dom configuration = execution.getConfiguration() == null ? new Xpp3Dom("configuration")
                    : new Xpp3Dom(execution.getConfiguration());
            String named = namedLine(configuration);
            if (named == null) {
                Xpp3Dom args = configuration.getChild("compilerArgs");
                if (args == null) {
                    args = new Xpp3Dom("compilerArgs");
                    configuration.addChild(args);
                }
                Xpp3Dom arg = new Xpp3Dom("arg");
                arg.setValue(OPTION + line);
                args.addChild(arg);
                execution.setConfiguration(configuration);
            } else if (LINES.contains(named) && !named.equals(line)) {
                throw new ConfigurationException("the maven-compiler-plugin's " + OPTION + named + " and " + source
                        + " (" + line + ") name different Hibernate lines. Keep one of them: the compiler argument alone"
                        + " also serves mvn compile and your IDE; the plugin's <hibernate> alone is passed to the compile"
                        + " the goals run.");
            }
        }
    }

    /** The line the compiler arguments name ({@code <compilerArgs>} or {@code <compilerArgument>}), or null. */
    private static String namedLine(Xpp3Dom configuration) {
        Xpp3Dom args = configuration.getChild("compilerArgs");
        if (args != null) {
            for (Xpp3Dom arg : args.getChildren()) {
                String value = arg.getValue();
                if (value != null && value.strip().startsWith(OPTION)) {
                    return value.strip().substring(OPTION.length()).strip();
                }
            }
        }
        Xpp3Dom single = configuration.getChild("compilerArgument");
        String value = single == null ? null : single.getValue();
        int at = value == null ? -1 : value.indexOf(OPTION);
        return at < 0 ? null : value.substring(at + OPTION.length()).split("\\s+")[0];
    }

    /** Stops unless the compiled model of each of {@code databases} was made for this line. */
    void check(ProjectLayout layout, List<String> databases, String goal) {
        for (String db : databases) {
            Optional<Snapshot> model = layout.model(db);
            String made = model.map(Snapshot::hibernate).orElse(DEFAULT_LINE);
            if (model.isPresent() && !Objects.equals(made, line)) {
                throw new ConfigurationException("the compiled model of database " + db + " ("
                        + layout.outputDirectory().resolve(ProjectLayout.MODEL_DIRECTORY).resolve(db + ".schema.json")
                        + ") was made for Hibernate " + made + ", and " + source + " says Hibernate " + line
                        + ": Migrate will not write or check revisions with another line's rules. The classes were"
                        + " compiled without the plugin's line (by an IDE, by mvn compile, or before the line changed;"
                        + " javac does not run again when only its arguments change). Compile them again: mvn clean"
                        + " migrate:" + goal + "; and for builds outside the goals, put " + OPTION + line
                        + " in the maven-compiler-plugin's <compilerArgs>.");
            }
        }
    }
}
