package dev.optionsdeep.migrate.plugin;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvironmentResolverTest {

    private static final List<Environment> ENVIRONMENTS = List.of(
            env("local", "jdbc:postgresql://localhost:5432/{database}-local", "postgres", "DB_PASSWORD"),
            env("dev", "jdbc:postgresql://dev:5432/{database}", "app", "DB_PASSWORD"),
            env("prod", "jdbc:postgresql://warehouse:5432/{database}", "app", null));

    @Test
    void theNameComesFromDenvThenTheVariableThenDotEnvThenLocal() {
        DotEnv dotEnv = dotEnv("ENVIRONMENT=dev", "DB_PASSWORD=from-file");
        Map<String, String> process = Map.of("ENVIRONMENT", "prod", "DB_PASSWORD", "x");
        assertEquals("local", resolver(process, dotEnv).resolve("local").name());
        assertEquals("-Denv", resolver(process, dotEnv).resolve("local").source());
        assertEquals("prod", resolver(process, dotEnv).resolve(null).name());
        assertEquals("the ENVIRONMENT variable", resolver(process, dotEnv).resolve(" ").source());
        assertEquals("dev", resolver(Map.of(), dotEnv).resolve(null).name());
        assertEquals(".env", resolver(Map.of(), dotEnv).resolve(null).source());
        ResolvedEnvironment fallback = resolver(Map.of("DB_PASSWORD", "x"), DotEnv.EMPTY).resolve(null);
        assertEquals("local", fallback.name());
        assertEquals("the default", fallback.source());
    }

    @Test
    void theProcessEnvironmentWinsOverDotEnvForVariables() {
        DotEnv dotEnv = dotEnv("DB_PASSWORD=from-file");
        assertEquals("from-process", resolver(Map.of("DB_PASSWORD", "from-process"), dotEnv).resolve("dev").password());
        assertEquals("from-file", resolver(Map.of(), dotEnv).resolve("dev").password());
        assertEquals("from-file", resolver(Map.of("DB_PASSWORD", ""), dotEnv).resolve("dev").password());
    }

    @Test
    void anEnvironmentWithoutPasswordVariableConnectsWithoutPassword() {
        ResolvedEnvironment prod = resolver(Map.of(), DotEnv.EMPTY).resolve("prod");
        assertNull(prod.password());
        assertEquals("jdbc:postgresql://warehouse:5432/equities", prod.settingsFor("equities").url());
        assertEquals("app", prod.settingsFor("equities").username());
    }

    @Test
    void errorsNameTheFix() {
        ConfigurationException unknown = assertThrows(ConfigurationException.class,
                () -> resolver(Map.of("ENVIRONMENT", "qa"), DotEnv.EMPTY).resolve(null));
        assertEquals("environment 'qa' (from the ENVIRONMENT variable) is not configured. Known environments: local, dev, prod."
                + " Pick one with -Denv=…, or add an <environment> named 'qa' to the migrate plugin's <environments> in pom.xml.",
                unknown.getMessage());
        ConfigurationException noPassword = assertThrows(ConfigurationException.class,
                () -> resolver(Map.of(), DotEnv.EMPTY).resolve("local"));
        assertTrue(noPassword.getMessage().startsWith("environment 'local' reads its password from the variable DB_PASSWORD,"
                + " which is not set."), noPassword.getMessage());
        ConfigurationException none = assertThrows(ConfigurationException.class,
                () -> new EnvironmentResolver(List.of(), Map.of(), DotEnv.EMPTY).resolve(null));
        assertTrue(none.getMessage().startsWith("no environments are configured. Add to the migrate plugin's <configuration>"),
                none.getMessage());
    }

    @Test
    void thePasswordIsNeverInTheTextOfAnEnvironment() {
        ResolvedEnvironment local = resolver(Map.of("DB_PASSWORD", "hunter2"), DotEnv.EMPTY).resolve("local");
        assertTrue(!local.toString().contains("hunter2"), local.toString());
        assertTrue(!local.settingsFor("equities").toString().contains("hunter2"));
    }

    @Test
    void credentialsFromASettingsXmlServer() {
        Environment prod = env("prod", "jdbc:postgresql://warehouse:5432/{database}", null, null);
        prod.setServerId("warehouse-prod");
        prod.setProtected(true);
        Map<String, ServerCredentials> servers = Map.of("warehouse-prod", new ServerCredentials("options_deep", "s3cret"));
        EnvironmentResolver resolver = new EnvironmentResolver(List.of(prod), Map.of(), DotEnv.EMPTY,
                id -> java.util.Optional.ofNullable(servers.get(id)));

        ResolvedEnvironment resolved = resolver.resolve("prod");
        assertEquals("options_deep", resolved.username());
        assertEquals("s3cret", resolved.password());
        assertTrue(resolved.isProtected());

        prod.setUsername("someone_else");
        ConfigurationException twiceUser = assertThrows(ConfigurationException.class, () -> resolver.resolve("prod"));
        assertEquals("environment 'prod' gives the username twice: <username>someone_else</username> in pom.xml and the"
                + " server 'warehouse-prod' in settings.xml: keep one of them", twiceUser.getMessage());
        prod.setUsername(null);
        prod.setPasswordEnv("DB_PASSWORD");
        ConfigurationException twicePassword = assertThrows(ConfigurationException.class, () -> resolver.resolve("prod"));
        assertEquals("environment 'prod' takes its password from both <serverId>warehouse-prod</serverId> and"
                + " <passwordEnv>DB_PASSWORD</passwordEnv>: keep one of them", twicePassword.getMessage());
        prod.setPasswordEnv(null);
        prod.setServerId("elsewhere");
        ConfigurationException missing = assertThrows(ConfigurationException.class, () -> resolver.resolve("prod"));
        assertTrue(missing.getMessage().startsWith("environment 'prod' reads its credentials from the server 'elsewhere' of"
                + " Maven's settings.xml, which has no such server."), missing.getMessage());
    }

    @Test
    void perDatabaseUrlsSchemaAndSessionSettings() {
        Environment local = env("local", "jdbc:postgresql://localhost:5432/{database}-local", "postgres", null);
        local.setUrls(Map.of("algorithms", "jdbc:postgresql://research:5432/{database}"));
        DatabaseConfig algorithms = new DatabaseConfig();
        algorithms.setName("algorithms");
        algorithms.setSchema("research");
        algorithms.setSessionSettings(Map.of("lock_timeout", "5s"));
        ResolvedEnvironment resolved = new EnvironmentResolver(List.of(local), Map.of(), DotEnv.EMPTY).resolve(null);

        var equitiesSettings = resolved.settingsFor("equities", List.of(algorithms));
        assertEquals("jdbc:postgresql://localhost:5432/equities-local", equitiesSettings.url());
        assertNull(equitiesSettings.schema());
        var algorithmsSettings = resolved.settingsFor("algorithms", List.of(algorithms));
        assertEquals("jdbc:postgresql://research:5432/algorithms", algorithmsSettings.url());
        assertEquals("research", algorithmsSettings.schema());
        assertEquals(Map.of("lock_timeout", "5s"), algorithmsSettings.session());
    }

    @Test
    void dotEnvReadsTheCommonForms() {
        DotEnv parsed = dotEnv("# comment", "", "export A=1", "B = \"two words\"", "C='x#y'", "D=plain # trailing comment", "E=");
        assertEquals(Map.of("A", "1", "B", "two words", "C", "x#y", "D", "plain", "E", ""), parsed.values());
        ConfigurationException bad = assertThrows(ConfigurationException.class, () -> dotEnv("A=1", "just words"));
        assertEquals(".env line 2 is not KEY=value: just words. Fix or remove that line.", bad.getMessage());
    }

    private static EnvironmentResolver resolver(Map<String, String> process, DotEnv dotEnv) {
        return new EnvironmentResolver(ENVIRONMENTS, process, dotEnv);
    }

    private static DotEnv dotEnv(String... lines) {
        return DotEnv.parse(List.of(lines), Path.of(".env"));
    }

    private static Environment env(String name, String url, String username, String passwordEnv) {
        Environment e = new Environment();
        e.setName(name);
        e.setUrl(url);
        e.setUsername(username);
        e.setPasswordEnv(passwordEnv);
        return e;
    }
}
