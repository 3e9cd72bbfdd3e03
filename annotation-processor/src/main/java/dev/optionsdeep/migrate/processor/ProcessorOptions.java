package dev.optionsdeep.migrate.processor;

import dev.optionsdeep.migrate.processor.read.BeanValidation;

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
 *   <li>{@code -Amigrate.naming=snake_case}: the naming Hibernate is configured with: {@code jpa} (Hibernate's
 *       default), {@code snake_case} (snake-case physical names) or {@code spring} (Spring Boot's defaults: snake
 *       case and its implicit join table names); without it, {@code spring} in a Spring Boot application (unless its
 *       {@code application.properties} says otherwise), else {@code jpa}</li>
 *   <li>{@code -Amigrate.exclude=com.acme.Legacy,com.acme.Order#notes,audit_log}: entities, attributes and
 *       tables Migrate leaves out of the snapshot, whose schema the user manages by hand (see {@link Exclusions})</li>
 *   <li>{@code -Amigrate.hibernate=6.6|7.2|7.4}: the Hibernate line whose mapping rules the snapshot follows
 *       (see {@link HibernateLine}); without it, the line of the {@code hibernate-core} on the compile class path,
 *       else 7.4</li>
 *   <li>{@code -Amigrate.beanValidation=auto|true|false}: whether Jakarta Validation constraints shape the schema,
 *       as Hibernate applies them when a validation provider is present (see {@link BeanValidation})</li>
 *   <li>{@code -Amigrate.envers.<setting>=<value>}: the Hibernate Envers settings the application sets, which shape
 *       its audit tables (see {@link EnversSettings})</li>
 *   <li>{@code -Amigrate.warnings=note}: Migrate's warnings are printed as notes, which {@code -Werror} (and the
 *       compiler plugin's {@code <failOnWarning>}) does not count; the goals still refuse an incomplete model, and
 *       strict mode still prints errors (see {@link Diagnostics})</li>
 * </ul>
 *
 * @param naming null when {@code namingOption} names no naming Migrate knows; the processor reports it
 */
public record ProcessorOptions(boolean strict, boolean check, String migrationPackage, Path revisions, Naming naming,
                        String namingOption, Exclusions exclusions, String warnings) {

    static final String STRICT = "migrate.strict";
    static final String CHECK = "migrate.check";
    static final String MIGRATION_PACKAGE = "migrate.migrationPackage";
    static final String REVISIONS = "migrate.revisions";
    static final String NAMING = "migrate.naming";
    public static final String EXCLUDE = "migrate.exclude";
    static final String HIBERNATE = "migrate.hibernate";
    static final String WARNINGS = "migrate.warnings";

    static final Set<String> NAMES = Set.of(STRICT, CHECK, MIGRATION_PACKAGE, REVISIONS, NAMING, EXCLUDE,
            BeanValidation.OPTION, HIBERNATE, WARNINGS);

    static ProcessorOptions of(Map<String, String> given) {
        Map<String, String> options = given == null ? Map.of() : given;
        String pkg = options.getOrDefault(MIGRATION_PACKAGE, RevisionPackages.DEFAULT_PARENT).strip();
        String revisions = options.get(REVISIONS);
        // A wrong naming would give every table wrong names: reported, never replaced by the default.
        // Absent (or "auto"): the processor finds it (SpringBootNaming); naming() is then null and namingOption() "auto".
        String naming = SpringBootNaming.absent(options.get(NAMING)) ? "auto" : options.get(NAMING);
        return new ProcessorOptions(
                Boolean.parseBoolean(options.getOrDefault(STRICT, "false").strip()),
                !"false".equalsIgnoreCase(options.getOrDefault(CHECK, "true").strip()),
                RevisionPackages.isPackageName(pkg) ? pkg : RevisionPackages.DEFAULT_PARENT,
                revisions == null || revisions.isBlank() ? null : Path.of(revisions.strip()),
                Naming.of(naming).orElse(null), naming, Exclusions.parse(options.get(EXCLUDE)),
                options.getOrDefault(WARNINGS, "warning").strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code -Amigrate.warnings=note}: what would be a warning is printed as a note. */
    boolean warningsAsNotes() {
        return "note".equals(warnings) || "notes".equals(warnings);
    }

    /** Whether {@code -Amigrate.warnings} has a value Migrate knows. */
    boolean warningsOptionValid() {
        return warningsAsNotes() || "warning".equals(warnings) || "warnings".equals(warnings);
    }
}
