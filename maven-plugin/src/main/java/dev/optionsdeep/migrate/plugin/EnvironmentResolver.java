package dev.optionsdeep.migrate.plugin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses the environment and reads its credentials. The name comes from {@code -Denv} (or
 * {@code -Dmigrate.env}), then the {@code ENVIRONMENT} variable, then {@code ENVIRONMENT} in
 * {@code .env}, then {@code local}. Variables such as the password come from the process
 * environment first and {@code .env} second, so a real environment always wins over the file.
 */
final class EnvironmentResolver {

    static final String DEFAULT = "local";
    static final String VARIABLE = "ENVIRONMENT";

    private final List<Environment> configured;
    private final Map<String, String> processEnvironment;
    private final DotEnv dotEnv;
    private final Function<String, Optional<ServerCredentials>> servers;

    EnvironmentResolver(List<Environment> configured, Map<String, String> processEnvironment, DotEnv dotEnv) {
        this(configured, processEnvironment, dotEnv, id -> Optional.empty());
    }

    /**
     * @param servers finds a settings.xml {@code <server>} by id, with its password decrypted
     */
    EnvironmentResolver(List<Environment> configured, Map<String, String> processEnvironment, DotEnv dotEnv,
                        Function<String, Optional<ServerCredentials>> servers) {
        this.configured = configured == null ? List.of() : List.copyOf(configured);
        this.processEnvironment = Map.copyOf(processEnvironment);
        this.dotEnv = dotEnv;
        this.servers = servers;
    }

    /**
     * @param requested the value of {@code -Denv}, or null
     * @throws ConfigurationException when the environment is not configured or lacks what it needs
     */
    ResolvedEnvironment resolve(String requested) {
        return resolveFrom(blank(requested) ? null : new Setting(requested, "-Denv"));
    }

    /**
     * @param requested the environment named on the command line or in pom.xml, with the name it was given by; or null
     * @throws ConfigurationException when the environment is not configured or lacks what it needs
     */
    ResolvedEnvironment resolveFrom(Setting requested) {
        String name;
        String source;
        if (requested != null && !blank(requested.value())) {
            name = requested.value().strip();
            source = requested.source();
        } else if (!blank(processEnvironment.get(VARIABLE))) {
            name = processEnvironment.get(VARIABLE).strip();
            source = "the " + VARIABLE + " variable";
        } else if (!blank(dotEnv.get(VARIABLE))) {
            name = dotEnv.get(VARIABLE).strip();
            source = ".env";
        } else {
            name = DEFAULT;
            source = "the default";
        }
        if (configured.isEmpty()) {
            throw new ConfigurationException("no environments are configured. Add to the migrate plugin's"
                    + " <configuration> in pom.xml:\n"
                    + "  <environments>\n"
                    + "    <environment>\n"
                    + "      <name>local</name>\n"
                    + "      <url>jdbc:postgresql://localhost:5432/{database}</url>\n"
                    + "      <username>postgres</username>\n"
                    + "    </environment>\n"
                    + "  </environments>");
        }
        Environment env = configured.stream().filter(e -> name.equals(e.getName())).findFirst()
                .orElseThrow(() -> new ConfigurationException("environment '" + name + "' (from " + source
                        + ") is not configured. Known environments: " + known()
                        + ". Pick one with -Denv=…, or add an <environment> named '" + name
                        + "' to the migrate plugin's <environments> in pom.xml."));
        if (blank(env.getUrl())) {
            throw new ConfigurationException("environment '" + name + "' has no <url>: add"
                    + " <url>jdbc:postgresql://host:5432/{database}</url> to it in pom.xml");
        }
        String username = blank(env.getUsername()) ? null : env.getUsername().strip();
        String password = null;
        if (!blank(env.getServerId())) {
            String id = env.getServerId().strip();
            if (!blank(env.getPasswordEnv())) {
                throw new ConfigurationException("environment '" + name + "' takes its password from both <serverId>" + id
                        + "</serverId> and <passwordEnv>" + env.getPasswordEnv().strip() + "</passwordEnv>: keep one of them");
            }
            ServerCredentials server = servers.apply(id).orElseThrow(() -> new ConfigurationException("environment '" + name
                    + "' reads its credentials from the server '" + id + "' of Maven's settings.xml, which has no such"
                    + " server. Add <server><id>" + id + "</id><username>…</username><password>…</password></server>"
                    + " to ~/.m2/settings.xml (encrypt the password with mvn --encrypt-password)."));
            if (server.username() != null && username != null) {
                throw new ConfigurationException("environment '" + name + "' gives the username twice: <username>"
                        + username + "</username> in pom.xml and the server '" + id + "' in settings.xml: keep one of them");
            }
            username = username != null ? username : server.username();
            password = server.password();
        } else if (!blank(env.getPasswordEnv())) {
            String variable = env.getPasswordEnv().strip();
            // An empty variable counts as unset: no server takes an empty password on purpose.
            password = processEnvironment.get(variable);
            if (blank(password)) {
                password = dotEnv.get(variable);
            }
            if (blank(password)) {
                throw new ConfigurationException("environment '" + name + "' reads its password from the variable "
                        + variable + ", which is not set. Set it (export " + variable + "=…) or add a line "
                        + variable + "=… to the .env file in the project root.");
            }
        }
        return new ResolvedEnvironment(name, source, env.getUrl().strip(),
                env.getUrls() == null ? Map.of() : env.getUrls(), username, password, env.isProtected());
    }

    private String known() {
        return configured.stream().map(Environment::getName).collect(Collectors.joining(", "));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
