package dev.optionsdeep.migrate.plugin;

/**
 * The configuration, the command line or the database asks for something that cannot work; the
 * message says what happened, where, and how to fix it. Becomes a build failure.
 */
final class ConfigurationException extends RuntimeException {

    ConfigurationException(String message) {
        super(message);
    }

    ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
