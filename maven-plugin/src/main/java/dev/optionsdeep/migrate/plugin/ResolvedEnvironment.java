package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.executor.Urls;

import java.util.List;
import java.util.Map;

/**
 * The environment a goal acts on, with where its name came from (for the log) and everything needed
 * to connect to each of its databases.
 *
 * @param source how the name was chosen: {@code -Denv}, the ENVIRONMENT variable, .env, or the default
 * @param urls   per-database URLs overriding {@code urlTemplate}
 */
record ResolvedEnvironment(String name, String source, String urlTemplate, Map<String, String> urls, String username,
                           String password, boolean isProtected) {

    static final String DATABASE_PLACEHOLDER = "{database}";

    ResolvedEnvironment {
        urls = Map.copyOf(urls);
    }

    ConnectionSettings settingsFor(String database) {
        return settingsFor(database, List.of());
    }

    /** The connection settings of one database, with its {@code <databases>} entry applied when there is one. */
    ConnectionSettings settingsFor(String database, List<DatabaseConfig> databases) {
        String url = urls.getOrDefault(database, urlTemplate).replace(DATABASE_PLACEHOLDER, database);
        DatabaseConfig config = databases.stream().filter(d -> database.equals(d.getName())).findFirst().orElse(null);
        if (config == null) {
            return new ConnectionSettings(url, username, password);
        }
        String schema = config.getSchema() == null || config.getSchema().isBlank() ? null : config.getSchema().strip();
        return new ConnectionSettings(url, username, password, schema,
                config.getSessionSettings() == null ? Map.of() : config.getSessionSettings());
    }

    @Override
    public String toString() {
        return "ResolvedEnvironment[" + name + " from " + source + ", " + Urls.withoutSecrets(urlTemplate) + ", user " + username
                + ", password " + (password == null ? "none" : "****") + (isProtected ? ", protected" : "") + "]";
    }
}
