package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.RenameHintsCodec;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;

import dev.optionsdeep.migrate.migration.RevisionPackages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a project keeps its revisions. For database {@code equities} and the default package
 * {@code db.migration}:
 * <ul>
 *   <li>revision classes: {@code src/main/java/db/migration/equities/V20261124_024635_CreateCompaniesTable.java}</li>
 *   <li>each revision's snapshot: {@code src/main/resources/db/migration/equities/V20261124_024635_CreateCompaniesTable.schema.json}</li>
 *   <li>the head record: {@code src/main/resources/db/migration/equities/HEAD}</li>
 *   <li>the compiled model, written by the annotation processor: {@code target/classes/META-INF/migrate/equities.schema.json}</li>
 * </ul>
 * Revisions sit in the main source tree so that they are compiled and packaged with the
 * application, which can then migrate itself at start-up.
 */
record ProjectLayout(Path sourceDirectory, Path resourceDirectory, Path outputDirectory, String migrationPackage) {

    static final String MODEL_DIRECTORY = "META-INF/migrate";

    ProjectLayout {
        if (!RevisionPackages.isPackageName(migrationPackage)) {
            throw new ConfigurationException("<migrationPackage>" + migrationPackage + "</migrationPackage> is not a Java package name");
        }
    }

    /** The Java package of a database's revisions: {@code db.migration.equities}. */
    String packageOf(String database) {
        return RevisionPackages.of(migrationPackage, database);
    }

    Path sourceDirectoryOf(String database) {
        return sourceDirectory.resolve(packageOf(database).replace('.', '/'));
    }

    Path snapshotDirectoryOf(String database) {
        return resourceDirectory.resolve(packageOf(database).replace('.', '/'));
    }

    Path sourceFile(String database, String className) {
        return sourceDirectoryOf(database).resolve(className + ".java");
    }

    Path snapshotFile(String database, String className) {
        return snapshotDirectoryOf(database).resolve(className + SnapshotCodec.FILE_SUFFIX);
    }

    Path headFile(String database) {
        return snapshotDirectoryOf(database).resolve(dev.optionsdeep.migrate.snapshot.HeadRecord.FILE_NAME);
    }

    /** The databases the compiled model has entities for, sorted. */
    List<String> modelDatabases() {
        Path dir = outputDirectory.resolve(MODEL_DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(SnapshotCodec.FILE_SUFFIX))
                    .map(f -> f.substring(0, f.length() - SnapshotCodec.FILE_SUFFIX.length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled model of a database, if the annotation processor wrote one. */
    Optional<Snapshot> model(String database) {
        return read(outputDirectory.resolve(MODEL_DIRECTORY).resolve(database + SnapshotCodec.FILE_SUFFIX));
    }

    /** The rename hints the annotation processor wrote beside the compiled model; none when it wrote none. */
    dev.optionsdeep.migrate.diff.RenameHints renameHints(String database) {
        Path file = outputDirectory.resolve(MODEL_DIRECTORY).resolve(database + RenameHintsCodec.FILE_SUFFIX);
        if (!Files.isRegularFile(file)) {
            return dev.optionsdeep.migrate.diff.RenameHints.NONE;
        }
        try {
            return RenameHintsCodec.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Optional<Snapshot> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SnapshotCodec.read(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

}
