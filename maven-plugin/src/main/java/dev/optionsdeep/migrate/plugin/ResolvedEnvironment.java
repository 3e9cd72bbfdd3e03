package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.ConnectionSettings;

/**
 * The environment a goal acts on, with where its name came from (for the log) and everything needed
 * to connect to each of its databases.
 *
 * @param source how the name was chosen: {@code -Denv}, the ENVIRONMENT variable, .env, or the default
 */
record ResolvedEnvironment(String name, String source, String urlTemplate, String username, String password) {

    static final String DATABASE_PLACEHOLDER = "{database}";

    ConnectionSettings settingsFor(String database) {
        return new ConnectionSettings(urlTemplate.replace(DATABASE_PLACEHOLDER, database), username, password);
    }

    @Override
    public String toString() {
        return "ResolvedEnvironment[" + name + " from " + source + ", " + urlTemplate + ", user " + username
                + ", password " + (password == null ? "none" : "****") + "]";
    }
}
