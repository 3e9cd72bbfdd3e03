package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Multi-module builds: the goals act on the module whose classes hold the compiled model (the module with the
 * {@code @Entity} classes, where its revisions are written). Run over a whole reactor ({@code mvn migrate:current}
 * in the parent's directory), the parent and the modules without entities are skipped with a line saying so; run
 * in a module without entities alone, the failure names the dependency that has them.
 */
final class EntityModules {

    private EntityModules() {
    }

    /** Why {@code project} is skipped in this reactor, or null when the goal runs in it. */
    static String skipReason(MavenSession session, MavenProject project, ProjectLayout layout) {
        if (session.getProjects().size() < 2) {
            return null;
        }
        if ("pom".equals(project.getPackaging())) {
            return project.getArtifactId() + ": it is a module of packaging pom, which compiles no entities";
        }
        if (layout.modelDatabases().isEmpty()) {
            return project.getArtifactId() + ": it compiles no @Entity classes (no " + ProjectLayout.MODEL_DIRECTORY
                    + "/*.schema.json in " + layout.outputDirectory() + ")";
        }
        return null;
    }

    /**
     * What to do when a project run on its own has no compiled model but a dependency has one: the class path
     * elements (a reactor module's classes or a jar) that hold {@code META-INF/migrate/*.schema.json}.
     */
    static String advice(List<String> classpath, Path output) {
        List<String> holders = new ArrayList<>();
        for (String element : classpath) {
            Path path = Path.of(element);
            if (!path.equals(output) && holdsModel(path)) {
                holders.add(element);
            }
        }
        if (holders.isEmpty()) {
            return "";
        }
        return " The entities are compiled in a dependency (" + String.join(", ", holders) + "): the goals run in the"
                + " module that has the @Entity classes, with migrate-maven-plugin in that module's <build><plugins>"
                + " (from the parent's directory: mvn -pl <that module> migrate:…); its revisions are written there.";
    }

    private static boolean holdsModel(Path element) {
        if (Files.isDirectory(element)) {
            Path dir = element.resolve(ProjectLayout.MODEL_DIRECTORY);
            if (!Files.isDirectory(dir)) {
                return false;
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(SnapshotCodec.FILE_SUFFIX));
            } catch (IOException e) {
                return false;
            }
        }
        if (!element.getFileName().toString().endsWith(".jar") || !Files.isRegularFile(element)) {
            return false;
        }
        try (ZipFile jar = new ZipFile(element.toFile())) {
            return jar.stream().anyMatch(e -> e.getName().startsWith(ProjectLayout.MODEL_DIRECTORY + "/")
                    && e.getName().endsWith(SnapshotCodec.FILE_SUFFIX));
        } catch (IOException e) {
            return false;
        }
    }
}
