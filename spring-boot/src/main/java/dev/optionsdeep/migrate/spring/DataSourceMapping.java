package dev.optionsdeep.migrate.spring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which DataSource bean each database is upgraded through: the one {@code migrate.databases.<name>.data-source}
 * names, else the application's DataSource. Only one database may take the application's DataSource
 * implicitly: two databases in one PostgreSQL database would share one version table.
 */
final class DataSourceMapping {

    private DataSourceMapping() {
    }

    /**
     * @param found the databases that have revisions on the class path, sorted
     * @return for each database to upgrade, in order: the DataSource bean name, or empty for the application's
     */
    static Map<String, Optional<String>> of(Collection<String> found, Map<String, MigrateProperties.DatabaseProperties> configured) {
        for (String name : configured.keySet()) {
            if (!found.contains(name)) {
                throw new MigrateStartupException("migrate.databases." + name + " names a database without revisions on"
                        + " the class path; the databases with revisions are: " + describe(found) + ".",
                        "Correct the name in application.properties (a database is named as its revision package"
                                + " names it), or check migrate.migration-package.", null);
            }
        }
        Map<String, Optional<String>> mapping = new LinkedHashMap<>();
        List<String> implicit = new ArrayList<>();
        for (String db : found) {
            MigrateProperties.DatabaseProperties properties = configured.get(db);
            if (properties != null && !properties.isEnabled()) {
                continue;
            }
            Optional<String> bean = Optional.ofNullable(properties == null ? null : properties.getDataSource())
                    .filter(s -> !s.isBlank());
            if (bean.isEmpty()) {
                implicit.add(db);
            }
            mapping.put(db, bean);
        }
        if (implicit.size() > 1) {
            throw new MigrateStartupException("The application has revisions of several databases (" + describe(implicit)
                    + ") and none of them is mapped to a DataSource; in one PostgreSQL database they would share one"
                    + " version table.",
                    "Map each database but one to its DataSource bean in application.properties, for example"
                            + " migrate.databases." + implicit.get(1) + ".data-source=" + implicit.get(1) + "DataSource"
                            + " (the one left takes the application's DataSource), or turn one off with"
                            + " migrate.databases." + implicit.get(1) + ".enabled=false.", null);
        }
        return mapping;
    }

    static String describe(Collection<String> databases) {
        return databases.isEmpty() ? "none" : String.join(", ", databases);
    }
}
