package dev.optionsdeep.migrate.plugin;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutionException;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the build up to {@code compile} before a goal, as {@code @Execute(phase = COMPILE)} did, but only
 * when the classes may be stale: a fingerprint of what the compile reads (every file under the source
 * roots and resource directories, the POM and its parents, the compile classpath; path, size and
 * modification time of each) is kept in {@code target/migrate/compiled-inputs} after each compile this
 * plugin runs. When the fingerprint still matches and the classes directory exists, the goal reads the
 * classes and snapshots as they are, without forking the lifecycle (about half a second of a goal's
 * time). {@code mvn clean} removes the fingerprint; {@code -Dmigrate.compile=always} forces the compile.
 */
final class FreshClasses {

    static final String FINGERPRINT = "migrate/compiled-inputs";

    private final MavenSession session;
    private final MavenProject project;
    private final MojoExecution execution;
    private final LifecycleExecutor lifecycle;
    private final Log log;
    private final HibernateLineSetting line;

    /** @param line the plugin's Hibernate line, passed to the compile; null when the plugin sets none */
    FreshClasses(MavenSession session, MavenProject project, MojoExecution execution, LifecycleExecutor lifecycle,
                 Log log, HibernateLineSetting line) {
        this.line = line;
        this.session = session;
        this.project = project;
        this.execution = execution;
        this.lifecycle = lifecycle;
        this.log = log;
    }

    /**
     * Compiles the project (its lifecycle up to {@code compile}, forked) unless the classes are up to date.
     *
     * @param classpath the project's compile class path elements (see {@link ProjectClasspath})
     */
    void ensure(boolean always, List<String> classpath) throws MojoExecutionException, MojoFailureException {
        Path stamp = Path.of(project.getBuild().getDirectory()).resolve(FINGERPRINT);
        String before = fingerprint(classpath);
        if (!always && Files.isDirectory(Path.of(project.getBuild().getOutputDirectory())) && before.equals(read(stamp))) {
            log.debug("Classes are up to date with their sources (" + stamp + "): not compiling");
            return;
        }
        compile();
        write(stamp, before);
    }

    private void compile() throws MojoExecutionException, MojoFailureException {
        MojoExecution fork = new MojoExecution(execution.getMojoDescriptor(), execution.getExecutionId());
        try {
            List<MojoExecution> plan = lifecycle.calculateExecutionPlan(session, "compile").getMojoExecutions();
            if (line != null) {
                line.passTo(plan);
            }
            fork.setForkedExecutions(project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion(), plan);
            lifecycle.executeForkedExecutions(fork, session);
        } catch (LifecycleExecutionException e) {
            if (e.getCause() instanceof MojoFailureException failure) {
                throw failure;
            }
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (Exception e) {
            throw new MojoExecutionException("Migrate could not plan the compile of " + project.getArtifactId()
                    + ": " + e.getMessage(), e);
        }
    }

    private String fingerprint(List<String> classpath) {
        List<String> entries = new ArrayList<>();
        if (line != null) {
            entries.add("hibernate line " + line.line()); // another line: compile again (a stale model is refused)
        }
        project.getCompileSourceRoots().forEach(root -> files(Path.of(root), entries));
        for (Resource resource : project.getResources()) {
            files(Path.of(resource.getDirectory()), entries);
        }
        for (MavenProject p = project; p != null; p = p.getParent()) {
            if (p.getFile() != null) {
                files(p.getFile().toPath(), entries);
            }
        }
        String output = project.getBuild().getOutputDirectory();
        classpath.stream().filter(e -> !e.equals(output)).forEach(element -> files(Path.of(element), entries));
        return sha256(entries);
    }

    /** One entry per regular file under {@code path} (or {@code path} itself): path, size, modification time. */
    private static void files(Path path, List<String> entries) {
        if (!Files.exists(path)) {
            entries.add(path + " absent");
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.forEach(file -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        entries.add(file + " " + a.size() + " " + a.lastModifiedTime());
                    }
                } catch (IOException e) {
                    entries.add(file + " unreadable");
                }
            });
        } catch (IOException | UncheckedIOException e) {
            entries.add(path + " unreadable " + e.getMessage());
        }
    }

    private static String sha256(List<String> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            entries.stream().sorted().forEach(e -> digest.update((e + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String read(Path stamp) {
        try {
            return Files.exists(stamp) ? Files.readString(stamp).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void write(Path stamp, String fingerprint) {
        try {
            Files.createDirectories(stamp.getParent());
            Files.writeString(stamp, fingerprint + "\n");
        } catch (IOException e) {
            log.debug("Cannot keep the compile fingerprint " + stamp + ": " + e.getMessage());
        }
    }
}
