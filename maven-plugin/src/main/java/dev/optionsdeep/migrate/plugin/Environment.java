package dev.optionsdeep.migrate.plugin;

import java.util.Map;

/**
 * One {@code <environment>} of the plugin configuration. Maven fills the fields by name; the
 * plugin reads them once into an immutable {@link ResolvedEnvironment}.
 */
public class Environment {

    /** The name given to {@code -Denv}, {@code ENVIRONMENT} or {@code .env}: {@code local}, {@code dev}, {@code prod}. */
    private String name;

    /** JDBC URL; {@code {database}} is replaced by each database's name. */
    private String url;

    /** The database user. */
    private String username;

    /** The name of the environment variable (or {@code .env} entry) that holds the password. */
    private String passwordEnv;

    /** The id of a {@code <server>} in Maven's settings.xml holding username and (encrypted) password. */
    private String serverId;

    /** Whether downgrade, stamp and upgrades that may lose data need {@code -Dconfirm=<name>}. */
    private boolean protectedEnvironment;

    /** Per-database URLs that replace {@link #url} for those databases: {@code <algorithms>jdbc:…</algorithms>}. */
    private Map<String, String> urls;

    /** Seconds a migration statement waits for a table lock here; the plugin's {@code <tableLockTimeout>} when absent. */
    private Integer tableLockTimeout;

    /** How often a revision that gave up on a table lock is retried here; the plugin's {@code <lockRetries>} when absent. */
    private Integer lockRetries;

    public Integer getTableLockTimeout() {
        return tableLockTimeout;
    }

    public void setTableLockTimeout(Integer tableLockTimeout) {
        this.tableLockTimeout = tableLockTimeout;
    }

    public Integer getLockRetries() {
        return lockRetries;
    }

    public void setLockRetries(Integer lockRetries) {
        this.lockRetries = lockRetries;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordEnv() {
        return passwordEnv;
    }

    public void setPasswordEnv(String passwordEnv) {
        this.passwordEnv = passwordEnv;
    }

    public String getServerId() {
        return serverId;
    }

    public void setServerId(String serverId) {
        this.serverId = serverId;
    }

    public boolean isProtected() {
        return protectedEnvironment;
    }

    /** Maven sets {@code <protected>} through this setter ({@code protected} cannot name a field). */
    public void setProtected(boolean value) {
        this.protectedEnvironment = value;
    }

    public Map<String, String> getUrls() {
        return urls;
    }

    public void setUrls(Map<String, String> urls) {
        this.urls = urls;
    }
}
