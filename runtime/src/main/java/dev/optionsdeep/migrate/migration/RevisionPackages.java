package dev.optionsdeep.migrate.migration;

import javax.lang.model.SourceVersion;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The Java package of a database's revisions: {@code db.migration} and database {@code equities}
 * give {@code db.migration.equities}. One rule, shared by the goals that write revisions and the
 * code that finds them at application start.
 */
public final class RevisionPackages {

    /** The default parent package, as Flyway users know it. */
    public static final String DEFAULT_PARENT = "db.migration";

    private RevisionPackages() {
    }

    public static String of(String parentPackage, String database) {
        if (!isPackageName(parentPackage)) {
            throw new IllegalArgumentException("'" + parentPackage + "' is not a Java package name: give one such as"
                    + " db.migration (<migrationPackage> in the plugin's configuration, or Migrate.migrationPackage(…))");
        }
        String segment = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))) {
            segment = "_" + segment;
        }
        if (SourceVersion.isKeyword(segment)) {
            segment = segment + "_";
        }
        return parentPackage + "." + segment;
    }

    public static boolean isPackageName(String name) {
        return name != null && !name.isBlank() && Stream.of(name.split("\\.", -1)).allMatch(SourceVersion::isName);
    }
}
