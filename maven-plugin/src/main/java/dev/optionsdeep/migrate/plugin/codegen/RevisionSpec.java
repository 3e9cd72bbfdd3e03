package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.change.Change;

import javax.lang.model.SourceVersion;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one generated migration class says.
 *
 * @param packageName where the class lives; empty for the unnamed package
 * @param className   the class name, usually from {@link RevisionNames#className}
 * @param revisionId  the revision id, usually from {@link RevisionNames#newRevisionId}
 * @param parents     the revisions this one follows; empty for the first revision
 * @param message     what the revision does, as the user wrote it
 * @param created     when the revision was generated; written to the second
 * @param upgrade     the steps of {@code upgrade}, in order
 * @param downgrade   the steps of {@code downgrade}, in order
 * @param branchLabels the names the revision gives to the branch it starts; usually none
 * @param dependsOn    revisions that must be applied before this one without it following them; usually none
 */
public record RevisionSpec(String packageName, String className, String revisionId, List<String> parents,
                           String message, Instant created, List<Change> upgrade, List<Change> downgrade,
                           List<String> branchLabels, List<String> dependsOn) {

    public RevisionSpec {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(revisionId, "revisionId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(created, "created");
        // Checked here rather than left to javac, so that a bad name fails before a file is written.
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("not a Java package name: \"" + packageName + "\"");
        }
        if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
            throw new IllegalArgumentException("not a Java class name: \"" + className + "\"");
        }
        parents = List.copyOf(parents);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A revision without branch labels or dependencies: nearly every one. */
    public RevisionSpec(String packageName, String className, String revisionId, List<String> parents,
                        String message, Instant created, List<Change> upgrade, List<Change> downgrade) {
        this(packageName, className, revisionId, parents, message, created, upgrade, downgrade, List.of(), List.of());
    }

    /** Whether this revision joins several heads. */
    public boolean isMerge() {
        return parents.size() > 1;
    }

    /** The class's fully qualified name, for example {@code com.example.migrations.V20261124_024635_CreateCompaniesTable}. */
    public String qualifiedClassName() {
        return packageName.isEmpty() ? className : packageName + "." + className;
    }
}
