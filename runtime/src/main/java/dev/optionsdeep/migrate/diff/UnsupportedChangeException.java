package dev.optionsdeep.migrate.diff;

import java.util.List;

/**
 * The models differ in a way the diff cannot yet express as changes. Raised instead of producing a
 * migration that would silently leave the database different from the model.
 */
public final class UnsupportedChangeException extends RuntimeException {

    private final List<String> differences;

    public UnsupportedChangeException(List<String> differences) {
        super("Migrate cannot generate these changes automatically yet:\n  - "
                + String.join("\n  - ", differences)
                + "\nGenerate an empty revision with -Dautogenerate=false and write these steps with ops.execute(\"…\"),"
                + " or revert the model change.");
        this.differences = List.copyOf(differences);
    }

    public List<String> differences() {
        return differences;
    }
}
