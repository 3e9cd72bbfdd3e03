package dev.optionsdeep.migrate.plugin;

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
}
