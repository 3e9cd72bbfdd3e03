package dev.optionsdeep.migrate.plugin;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Exclusion;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.DefaultDependencyResolutionRequest;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectDependenciesResolver;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.ArtifactProperties;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.graph.DependencyNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The project's compile class path, as Maven gives it to a goal that requires compile-scope dependency
 * resolution ({@code MavenProject.getCompileClasspathElements()}): the classes directory, then every
 * compile, provided and system dependency, direct and transitive, in Maven's order. The goals resolve it
 * themselves rather than have Maven resolve it before every run (about a tenth of a goal's whole process):
 * the last resolution is kept in {@code target/migrate/compile-classpath} with what it depended on (the
 * project's dependencies and dependency management as Maven built them from the POMs, profiles and
 * properties of this run; the size and modification time of every element and of the POM of every
 * artifact in the resolved graph), and reused while all of that is unchanged. It is resolved again, as
 * Maven would, when any of it changed, in a reactor of several modules (a module may resolve to another's
 * classes), and online when the graph holds a SNAPSHOT or a version range or {@code -U} is given (a newer
 * one may be published).
 */
final class ProjectClasspath {

    static final String CACHE = "migrate/compile-classpath";

    /** The scopes Maven leaves out of a compile-scope resolution (LifecycleDependencyResolver's negation of compile). */
    private static final Set<String> NOT_COMPILE = Set.of("runtime", "test");

    /** The scopes of {@code MavenProject.getCompileClasspathElements()}. */
    private static final Set<String> CLASS_PATH = Set.of("compile", "provided", "system");

    private static final DependencyFilter COMPILE = (node, parents) ->
            node.getDependency() == null || !NOT_COMPILE.contains(node.getDependency().getScope());

    private final MavenSession session;
    private final MavenProject project;
    private final ProjectDependenciesResolver resolver;
    private final Log log;

    ProjectClasspath(MavenSession session, MavenProject project, ProjectDependenciesResolver resolver, Log log) {
        this.session = session;
        this.project = project;
        this.resolver = resolver;
        this.log = log;
    }

    /** The compile class path elements: the kept resolution while it still holds, else a new one (then kept). */
    List<String> elements() throws MojoExecutionException {
        Path cache = Path.of(project.getBuild().getDirectory()).resolve(CACHE);
        Kept kept = reusable() ? Kept.read(cache) : null;
        if (kept != null && kept.key().equals(key(kept.elements(), kept.watched()))) {
            log.debug("Compile class path as resolved before (" + cache + ")");
            return kept.elements();
        }
        List<String> elements = new ArrayList<>();
        List<String> watched = new ArrayList<>();
        resolve(elements, watched);
        if (reusable() && !volatileGraph(elements)) {
            new Kept(key(elements, watched), elements, watched).write(cache, log);
        }
        return elements;
    }

    /** Whether a kept resolution may stand for Maven's: not in a reactor, and not online with {@code -U}. */
    private boolean reusable() {
        return session.getProjects().size() < 2 && !(session.getRequest() != null && session.getRequest().isUpdateSnapshots()
                && !session.isOffline());
    }

    /** Online, a SNAPSHOT or a version range may resolve to something newer than what was kept. */
    private boolean volatileGraph(List<String> elements) {
        if (session.isOffline()) {
            return false;
        }
        return elements.stream().anyMatch(e -> e.contains("SNAPSHOT"))
                || project.getDependencies().stream().anyMatch(d -> isRange(d.getVersion()))
                || (project.getDependencyManagement() != null
                    && project.getDependencyManagement().getDependencies().stream().anyMatch(d -> isRange(d.getVersion())));
    }

    private static boolean isRange(String version) {
        return version != null && (version.startsWith("[") || version.startsWith("("));
    }

    /** Resolves as Maven does for {@code requiresDependencyResolution = COMPILE}; the POM of each artifact goes to {@code watched}. */
    private void resolve(List<String> elements, List<String> watched) throws MojoExecutionException {
        DependencyResolutionResult result;
        try {
            result = resolver.resolve(new DefaultDependencyResolutionRequest(project, session.getRepositorySession())
                    .setResolutionFilter(COMPILE));
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        elements.add(project.getBuild().getOutputDirectory());
        Set<String> seen = new LinkedHashSet<>();
        if (result.getDependencyGraph() != null) {
            collect(result.getDependencyGraph().getChildren(), seen, elements, watched);
        }
    }

    /** Depth first, parents before children: the order of Maven's resolved artifacts, each artifact once. */
    private void collect(List<DependencyNode> nodes, Set<String> seen, List<String> elements, List<String> watched) {
        for (DependencyNode node : nodes) {
            org.eclipse.aether.graph.Dependency dependency = node.getDependency();
            Artifact artifact = dependency.getArtifact();
            String id = artifact.getGroupId() + ":" + artifact.getArtifactId() + ":" + artifact.getExtension() + ":"
                    + artifact.getClassifier() + ":" + artifact.getVersion() + ":" + artifact.getProperty("type", "");
            if (COMPILE.accept(node, List.of()) && seen.add(id)) {
                if (CLASS_PATH.contains(dependency.getScope()) && artifact.getFile() != null
                        && Boolean.parseBoolean(artifact.getProperty(ArtifactProperties.CONSTITUTES_BUILD_PATH, ""))) {
                    elements.add(artifact.getFile().getPath());
                }
                watched.add(pomOf(artifact));
            }
            collect(node.getChildren(), seen, elements, watched);
        }
    }

    private String pomOf(Artifact artifact) {
        var local = session.getRepositorySession().getLocalRepositoryManager();
        Artifact pom = new DefaultArtifact(artifact.getGroupId(), artifact.getArtifactId(), "", "pom", artifact.getVersion());
        return local.getRepository().getBasedir().toPath().resolve(local.getPathForLocalArtifact(pom)).toString();
    }

    /**
     * What the resolution depended on: the dependencies and dependency management of the project as built
     * for this run, its POM and parents, and each element's and watched POM's size and modification time.
     */
    private String key(List<String> elements, List<String> watched) {
        List<String> entries = new ArrayList<>();
        entries.add("offline " + session.isOffline());
        // Another -Dmaven.repo.local resolves to other jars, even where the old ones still exist.
        entries.add("repository " + session.getRepositorySession().getLocalRepository().getBasedir());
        project.getDependencies().forEach(d -> entries.add("dependency " + describe(d)));
        if (project.getDependencyManagement() != null) {
            project.getDependencyManagement().getDependencies().forEach(d -> entries.add("managed " + describe(d)));
        }
        for (MavenProject p = project; p != null; p = p.getParent()) {
            if (p.getFile() != null) {
                entries.add("pom " + stat(p.getFile().toPath()));
            }
        }
        String output = project.getBuild().getOutputDirectory(); // changes with every compile, resolves to itself
        elements.stream().filter(e -> !e.equals(output)).forEach(e -> entries.add("element " + stat(Path.of(e))));
        watched.forEach(w -> entries.add("watched " + stat(Path.of(w))));
        return sha256(entries);
    }

    private static String describe(Dependency d) {
        StringBuilder s = new StringBuilder(d.getManagementKey()).append(':').append(d.getVersion()).append(':')
                .append(d.getScope()).append(':').append(d.isOptional()).append(':').append(d.getSystemPath());
        for (Exclusion e : d.getExclusions()) {
            s.append(" -").append(e.getGroupId()).append(':').append(e.getArtifactId());
        }
        return s.toString();
    }

    private static String stat(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return path + " " + a.size() + " " + a.lastModifiedTime();
        } catch (IOException e) {
            return path + " absent";
        }
    }

    static String sha256(List<String> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            entries.forEach(e -> digest.update((e + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A kept resolution: its key, the class path elements, the POMs it watches. */
    private record Kept(String key, List<String> elements, List<String> watched) {

        static Kept read(Path file) {
            try {
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.isEmpty() || !lines.get(0).startsWith("key ")) {
                    return null;
                }
                List<String> elements = new ArrayList<>();
                List<String> watched = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    if (line.startsWith("element ")) {
                        elements.add(line.substring("element ".length()));
                    } else if (line.startsWith("watched ")) {
                        watched.add(line.substring("watched ".length()));
                    }
                }
                return new Kept(lines.get(0).substring("key ".length()), elements, watched);
            } catch (IOException e) {
                return null;
            }
        }

        void write(Path file, Log log) {
            List<String> lines = new ArrayList<>();
            lines.add("key " + key);
            elements.forEach(e -> lines.add("element " + e));
            watched.forEach(w -> lines.add("watched " + w));
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                log.debug("Cannot keep the compile class path " + file + ": " + e.getMessage());
            }
        }
    }
}
