package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.migration.RevisionPackages;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The processor's {@code -A} options, set in the maven-compiler-plugin's {@code <compilerArgs>}:
 * <ul>
 *   <li>{@code -Amigrate.strict=true}: revisions that do not capture the model are compile errors, not warnings (for CI)</li>
 *   <li>{@code -Amigrate.check=false}: do not compare the model with the revisions at all</li>
 *   <li>{@code -Amigrate.migrationPackage=db.migration}: as the plugin's {@code <migrationPackage>}</li>
 *   <li>{@code -Amigrate.revisions=<dir>}: where the revision snapshots and HEAD records are, for builds
 *       that do not copy resources into the class output before compiling (Gradle: {@code src/main/resources})</li>
 * </ul>
 */
record ProcessorOptions(boolean strict, boolean check, String migrationPackage, Path revisions) {

    static final String STRICT = "migrate.strict";
    static final String CHECK = "migrate.check";
    static final String MIGRATION_PACKAGE = "migrate.migrationPackage";
    static final String REVISIONS = "migrate.revisions";

    static final Set<String> NAMES = Set.of(STRICT, CHECK, MIGRATION_PACKAGE, REVISIONS);

    static ProcessorOptions of(Map<String, String> given) {
        Map<String, String> options = given == null ? Map.of() : given;
        String pkg = options.getOrDefault(MIGRATION_PACKAGE, RevisionPackages.DEFAULT_PARENT).strip();
        String revisions = options.get(REVISIONS);
        return new ProcessorOptions(
                Boolean.parseBoolean(options.getOrDefault(STRICT, "false").strip()),
                !"false".equalsIgnoreCase(options.getOrDefault(CHECK, "true").strip()),
                RevisionPackages.isPackageName(pkg) ? pkg : RevisionPackages.DEFAULT_PARENT,
                revisions == null || revisions.isBlank() ? null : Path.of(revisions.strip()));
    }
}
