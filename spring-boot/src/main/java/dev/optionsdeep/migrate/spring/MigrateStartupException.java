package dev.optionsdeep.migrate.spring;

/**
 * Migrate could not bring a database to its target at start-up, so the application does not
 * start: what happened, and what to do about it ({@link MigrateFailureAnalyzer} prints both).
 */
public class MigrateStartupException extends RuntimeException {

    private final String action;

    MigrateStartupException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    /** What to do next. */
    public String action() {
        return action;
    }
}
