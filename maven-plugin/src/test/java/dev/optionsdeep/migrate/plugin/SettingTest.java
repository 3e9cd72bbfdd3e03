package dev.optionsdeep.migrate.plugin;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingTest {

    private static Properties given(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void theNamespacedNameWinsOverTheShortOneWhichWinsOverThePom() {
        assertEquals(new Setting("false", "-Dmigrate.verbose"),
                Setting.of(given("migrate.verbose", "false", "verbose", "true"), "verbose", "migrate.verbose", "true"));
        assertEquals(new Setting("prod", "-Denv"), Setting.of(given("env", "prod"), "env", "migrate.env", "dev"));
        assertEquals(new Setting("dev", "<env> in pom.xml"), Setting.of(given(), "env", "migrate.env", "dev"));
        assertNull(Setting.of(given(), "env", "migrate.env", " "));
    }

    @Test
    void aNamespacedNameNeedNotRepeatTheShortOne() {
        assertEquals(new Setting("ae10", "-Drev"), Setting.of(given("rev", "ae10", "revision", "1.2.3"), "rev", "migrate.revision", null));
        assertEquals(new Setting("b4f2", "-Dmigrate.revision"),
                Setting.of(given("rev", "ae10", "migrate.revision", "b4f2"), "rev", "migrate.revision", null));
    }

    @Test
    void aFlagIsTrueWhenGivenWithoutAValueOrAsTrue() {
        assertTrue(new Setting("", "-Dverbose").isTrue());
        assertTrue(new Setting("true", "-Dverbose").isTrue());
        assertFalse(new Setting("false", "-Dverbose").isTrue());
    }
}
