package dev.optionsdeep.migrate.it.support;

import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.Invoker;
import org.apache.maven.shared.invoker.MavenInvocationException;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Runs real Maven builds of a sample project through Maven Invoker, the way a user runs them. */
public final class Maven {

    private final Path projectDirectory;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Path userSettings;
    private boolean offline;

    public Maven(Path projectDirectory) {
        this.projectDirectory = projectDirectory;
        // A developer's own ENVIRONMENT must not choose the environment of a test build.
        environment.put("ENVIRONMENT", "");
    }

    /** Sets a variable of the build's process environment; an empty value stands for "not set". */
    public Maven withEnvironment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Uses this settings.xml instead of the user's ({@code mvn -s}). */
    public Maven withSettings(Path settingsXml) {
        userSettings = settingsXml;
        return this;
    }

    /** Runs every build offline ({@code mvn -o}), as a user without the network (or a benchmark) does. */
    public Maven offline() {
        offline = true;
        return this;
    }

    /** Runs {@code mvn} with these arguments (goals and {@code -D} options) in the project directory. */
    public Build run(String... arguments) {
        return run(projectDirectory, null, arguments);
    }

    /** Runs {@code mvn -f <pom>} from another directory, as a user outside the project would. */
    public Build runFrom(Path workingDirectory, Path pom, String... arguments) {
        return run(workingDirectory, pom, arguments);
    }

    private Build run(Path directory, Path pom, String... arguments) {
        // Invoker pumps standard output and standard error on two threads, each adding to this list.
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        InvocationRequest request = new DefaultInvocationRequest();
        request.setBaseDirectory(directory.toFile());
        if (pom != null) {
            request.setPomFile(pom.toFile());
        }
        if (userSettings != null) {
            request.setUserSettingsFile(userSettings.toFile());
        }
        String localRepository = System.getProperty("migrate.localRepository");
        if (localRepository != null && !localRepository.isBlank()) {
            request.setLocalRepositoryDirectory(new File(localRepository));
        }
        request.setBatchMode(true);
        request.setOffline(offline);
        request.setShowErrors(true);
        // -D options go in as properties: Invoker joins goals into one command line, which would split
        // -Dmessage=Create companies table at its spaces.
        List<String> goals = new ArrayList<>();
        Properties properties = new Properties();
        for (String argument : arguments) {
            if (argument.startsWith("-D")) {
                int eq = argument.indexOf('=');
                properties.setProperty(eq < 0 ? argument.substring(2) : argument.substring(2, eq),
                        eq < 0 ? "true" : argument.substring(eq + 1));
            } else {
                goals.add(argument);
            }
        }
        request.setGoals(goals);
        request.setProperties(properties);
        request.addArg("-ntp");
        MavenJvm.Options jvm = MavenJvm.next();
        request.setMavenOpts(jvm.mavenOpts());
        environment.forEach(request::addShellEnvironment);
        request.setOutputHandler(lines::add);
        request.setErrorHandler(lines::add);
        Invoker invoker = new DefaultInvoker();
        invoker.setMavenHome(new File(System.getProperty("maven.home")));
        try {
            InvocationResult result = invoker.execute(request);
            if (result.getExecutionException() != null) {
                // Invoker could not follow the process to its end (its exit code then reads Integer.MIN_VALUE).
                lines.add("Maven Invoker: " + result.getExecutionException());
            }
            return new Build(String.join(" ", arguments), result.getExitCode(), new ArrayList<>(lines));
        } catch (MavenInvocationException e) {
            throw new IllegalStateException("cannot run mvn " + String.join(" ", arguments), e);
        } finally {
            MavenJvm.finished(jvm);
        }
    }
}
