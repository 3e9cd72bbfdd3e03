package dev.optionsdeep.migrate.plugin;

import java.util.Properties;

/**
 * One goal option with the name it was given by, so that messages quote what the user typed:
 * {@code -Dmigrate.env}, {@code -Denv}, or {@code <env> in pom.xml}.
 */
record Setting(String value, String source) {

    /**
     * The namespaced property wins over the short one, and both over the plugin's configuration, so
     * that {@code -Dmigrate.verbose=false -Dverbose} is not verbose.
     *
     * @param configured the parameter's value from pom.xml (or the namespaced property, which Maven injects); may be null
     */
    static Setting of(Properties userProperties, String shortName, String namespacedName, String configured) {
        String namespaced = userProperties.getProperty(namespacedName);
        if (namespaced != null) {
            return new Setting(namespaced, "-D" + namespacedName);
        }
        String given = userProperties.getProperty(shortName);
        if (given != null) {
            return new Setting(given, "-D" + shortName);
        }
        return configured == null || configured.isBlank() ? null : new Setting(configured, "<" + shortName + "> in pom.xml");
    }

    /** A flag's value: given without a value ({@code -Dverbose}), or as {@code true}. */
    boolean isTrue() {
        return value.isEmpty() || Boolean.parseBoolean(value.strip());
    }
}
