package dev.optionsdeep.migrate.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugin's own reading of its inputs (environments, .env, settings.xml servers), in-process, for
 * the catalogue of bad inputs: the same classes a goal runs, without the cost of a Maven build.
 */
public final class PluginInputs {

    private PluginInputs() {
    }

    /** One {@code <environment>} as a POM gives it; {@code protectedEnvironment} as {@code <protected>}. */
    public static Environment environment(String name, String url, String username, String passwordEnv, String serverId) {
        Environment e = new Environment();
        e.setName(name);
        e.setUrl(url);
        e.setUsername(username);
        e.setPasswordEnv(passwordEnv);
        e.setServerId(serverId);
        return e;
    }

    /**
     * Chooses the environment as a goal does.
     *
     * @param dotEnv    the project's .env file, or null for none
     * @param servers   settings.xml servers by id: {username, password}
     * @param requested {@code -Denv}, or null
     * @return the chosen environment, as the plugin describes it (never with its password)
     */
    public static String resolve(List<Environment> environments, Map<String, String> variables, Path dotEnv,
                                 Map<String, List<String>> servers, String requested) throws IOException {
        DotEnv file = dotEnv == null ? DotEnv.EMPTY : DotEnv.read(dotEnv);
        return new EnvironmentResolver(environments, variables, file, id -> Optional.ofNullable(servers.get(id))
                .map(s -> new ServerCredentials(s.get(0), s.get(1)))).resolve(requested).toString();
    }
}
