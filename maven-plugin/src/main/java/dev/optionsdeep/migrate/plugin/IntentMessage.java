package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.diff.NeedsIntentException;

import java.util.List;

/**
 * The message that stops {@code migrate:revision} when the user's intent is missing: drops that may
 * be renames, NOT NULL columns that existing rows cannot fill. Names the candidates and both ways
 * forward, with the exact annotation line and property value.
 */
final class IntentMessage {

    static final String ALLOW_DROP = "allowDrop";
    static final String ALLOW_NOT_NULL = "allowNotNull";

    private IntentMessage() {
    }

    static String of(String database, NeedsIntentException e) {
        StringBuilder out = new StringBuilder(database).append(": nothing written.");
        List<NeedsIntentException.LikelyRename> renames = e.likelyRenames();
        if (!renames.isEmpty()) {
            out.append("\nThe model drops and adds ").append(renames.stream().allMatch(r -> r.column()) ? "columns" : "tables")
                    .append(" that look like renames; as it stands, the revision would drop the old data:");
            renames.forEach(r -> out.append("\n  - ").append(r.describe()));
            out.append("\nIf it is a rename, say so in the model and run migrate:revision again:");
            for (NeedsIntentException.LikelyRename r : renames) {
                out.append(r.column()
                        ? "\n    @RenamedFrom(\"" + r.fromColumn() + "\")   on the attribute mapped to " + r.toTable() + "." + r.toColumn()
                        : "\n    @RenamedFrom(\"" + r.fromTable() + "\")   on the @Entity mapped to table " + r.toTable());
            }
            out.append("\n  (import dev.optionsdeep.migrate.RenamedFrom)");
            out.append("\nIf the old data may go, confirm the drop: -D").append(ALLOW_DROP).append("=")
                    .append(String.join(",", renames.stream().map(NeedsIntentException.LikelyRename::dropped).distinct().toList()));
        }
        if (!e.notNullColumns().isEmpty()) {
            out.append("\nThe model adds NOT NULL columns without a default to tables that may hold rows; the upgrade"
                    + " would fail on the first row:");
            e.notNullColumns().forEach(c -> out.append("\n  - ").append(c));
            out.append("\nGive the column a default in the model (Hibernate's @ColumnDefault), or make it nullable;"
                    + "\nor acknowledge it with -D").append(ALLOW_NOT_NULL).append("=").append(String.join(",", e.notNullColumns()))
                    .append(": the revision then adds the column nullable, leaves a place to fill existing rows, and sets"
                            + " NOT NULL after it.");
        }
        if (!e.recreatedColumns().isEmpty()) {
            out.append("\nThe columnDefinition of these columns changed, and Migrate keeps it as written: PostgreSQL"
                    + " cannot change such a definition in place, so the revision would drop each column and add it"
                    + " again, losing its data:");
            e.recreatedColumns().forEach(c -> out.append("\n  - ").append(c));
            out.append("\nIf the data may go, confirm it: -D").append(ALLOW_DROP).append("=")
                    .append(String.join(",", e.recreatedColumns()))
                    .append("; otherwise keep the definition as it was.");
        }
        return out.toString();
    }
}
