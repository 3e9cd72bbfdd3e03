package dev.optionsdeep.migrate.plugin.codegen;

import dev.optionsdeep.migrate.change.AddColumn;
import dev.optionsdeep.migrate.change.AlterColumn;
import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.change.Risk;
import dev.optionsdeep.migrate.change.Risks;

import java.util.List;
import java.util.Set;

/** What a generated class says about its risky steps: a list in its Javadoc, and where to fill a new NOT NULL column. */
final class RiskNotes {

    private RiskNotes() {
    }

    /** A paragraph listing the upgrade's risky steps with their risks, or nothing when every step is safe. */
    static String javadoc(List<Change> upgrade) {
        List<Set<Risk>> risks = Risks.of(upgrade);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < upgrade.size(); i++) {
            if (!risks.get(i).isEmpty()) {
                out.append("  <li>").append(JavadocText.escape(upgrade.get(i).describe())).append(": ")
                        .append(Risks.describe(risks.get(i))).append("</li>\n");
            }
        }
        return out.length() == 0 ? "" : "\n<p>Risky steps of {@code upgrade} on tables that hold rows:\n<ul>\n" + out + "</ul>\n";
    }

    /** Whether {@code next} makes NOT NULL the column {@code previous} has just added as nullable. */
    static boolean fillsNewColumn(Change previous, Change next) {
        return previous instanceof AddColumn a && next instanceof AlterColumn n && a.table().equals(n.table())
                && a.column().equals(n.from()) && a.column().nullable() && n.to().equals(a.column().withNullable(false));
    }

    /** The comment before such a step: where the data step goes. */
    static String fillHook(Change setNotNull) {
        AlterColumn a = (AlterColumn) setNotNull;
        String column = a.to().name();
        return "Existing rows of " + a.table() + " have no " + column + " yet. Fill it here, for example with\n"
                + "ops.execute(\"UPDATE " + a.table() + " SET " + column + " = ... WHERE " + column + " IS NULL\");\n"
                + "the next step fails while any row has none, and the whole revision rolls back.";
    }
}
