package dev.optionsdeep.migrate.processor.check;

import dev.optionsdeep.migrate.processor.Code;
import dev.optionsdeep.migrate.processor.Report;
import dev.optionsdeep.migrate.processor.bind.MappedEntity;
import dev.optionsdeep.migrate.processor.read.DatabaseResolver;

import java.util.List;

import javax.lang.model.util.Elements;

/**
 * Once any package says which database it belongs to, every entity must be in a database: one left in none would
 * silently land in the default one. Included library entities are in the database whose {@code include} lists them.
 */
public final class DatabaseAssignments {

    private DatabaseAssignments() {
    }

    public static void check(DatabaseResolver databases, Elements elements, List<MappedEntity> all, Report report) {
        List<MappedEntity> unassigned = all.stream().filter(m -> databases.assignment(m.element()).isEmpty()).toList();
        if (unassigned.size() == all.size()) {
            return; // one database, needing no assignment
        }
        for (MappedEntity m : unassigned) {
            report.error(Code.NO_DATABASE, "@Entity " + m.element().getSimpleName() + " belongs to no database, while"
                    + " other entities are assigned one with @Database. Put @Database(\"…\") on package-info.java of "
                    + elements.getPackageOf(m.element()).getQualifiedName() + " or of a parent package, or list its"
                    + " package in the include of one", m.element(), m.entityAnnotation());
        }
    }
}
