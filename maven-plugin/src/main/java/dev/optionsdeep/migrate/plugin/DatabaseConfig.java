package dev.optionsdeep.migrate.plugin;

import java.util.Map;

/**
 * One {@code <database>} of the plugin configuration: settings that apply to a database in every
 * environment.
 *
 * <pre>{@code
 * <databases>
 *   <database>
 *     <name>algorithms</name>
 *     <schema>research</schema>
 *     <sessionSettings>
 *       <lock_timeout>5s</lock_timeout>
 *       <statement_timeout>15min</statement_timeout>
 *     </sessionSettings>
 *   </database>
 * </databases>
 * }</pre>
 */
public class DatabaseConfig {

    /** The database name, as its entities' {@code @Database} gives it. */
    private String name;

    /** The PostgreSQL schema its tables live in (created when missing); the server's default when absent. */
    private String schema;

    /** PostgreSQL settings for migration connections: {@code lock_timeout}, {@code statement_timeout}, {@code application_name}, … */
    private Map<String, String> sessionSettings;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public Map<String, String> getSessionSettings() {
        return sessionSettings;
    }

    public void setSessionSettings(Map<String, String> sessionSettings) {
        this.sessionSettings = sessionSettings;
    }
}
