package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.processor.read.Exclusions;

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
 *   <li>{@code -Amigrate.naming=snake_case}: the physical naming Hibernate is configured with
 *       ({@code jpa}, the default, or {@code snake_case}, Spring Boot's)</li>
 *   <li>{@code -Amigrate.exclude=com.acme.Legacy,com.acme.Order#notes,audit_log}: entities, attributes and
 *       tables Migrate leaves out of the snapshot, whose schema the user manages by hand (see {@link Exclusions})</li>
 * </ul>
 *
 * @param naming null when {@code namingOption} names no naming Migrate knows; the processor reports it
 */
public record ProcessorOptions(boolean strict, boolean check, String migrationPackage, Path revisions, Naming naming,
                        String namingOption, Exclusions exclusions) {

    static final String STRICT = "migrate.strict";
    static final String CHECK = "migrate.check";
    static final String MIGRATION_PACKAGE = "migrate.migrationPackage";
    static final String REVISIONS = "migrate.revisions";
    static final String NAMING = "migrate.naming";
    public static final String EXCLUDE = "migrate.exclude";

    static final Set<String> NAMES = Set.of(STRICT, CHECK, MIGRATION_PACKAGE, REVISIONS, NAMING, EXCLUDE);

    static ProcessorOptions of(Map<String, String> given) {
        Map<String, String> options = given == null ? Map.of() : given;
        String pkg = options.getOrDefault(MIGRATION_PACKAGE, RevisionPackages.DEFAULT_PARENT).strip();
        String revisions = options.get(REVISIONS);
        // A wrong naming would give every table wrong names: reported, never replaced by the default.
        String naming = options.getOrDefault(NAMING, Naming.JPA.option());
        return new ProcessorOptions(
                Boolean.parseBoolean(options.getOrDefault(STRICT, "false").strip()),
                !"false".equalsIgnoreCase(options.getOrDefault(CHECK, "true").strip()),
                RevisionPackages.isPackageName(pkg) ? pkg : RevisionPackages.DEFAULT_PARENT,
                revisions == null || revisions.isBlank() ? null : Path.of(revisions.strip()),
                Naming.of(naming).orElse(null), naming, Exclusions.parse(options.get(EXCLUDE)));
    }
}
