package dev.optionsdeep.migrate.spring;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DataSourceMappingTest {

    @Test
    void oneDatabaseTakesTheApplicationsDataSource() {
        assertEquals(Map.of("shop", Optional.empty()), DataSourceMapping.of(List.of("shop"), Map.of()));
    }

    @Test
    void theOthersTakeTheBeansTheirPropertiesName() {
        assertEquals(Map.of("algorithms", Optional.of("research"), "equities", Optional.empty()),
                DataSourceMapping.of(List.of("algorithms", "equities"), Map.of("algorithms", dataSource("research"))));
    }

    @Test
    void aDisabledDatabaseIsLeftOut() {
        MigrateProperties.DatabaseProperties off = new MigrateProperties.DatabaseProperties();
        off.setEnabled(false);
        assertEquals(Map.of("equities", Optional.empty()),
                DataSourceMapping.of(List.of("algorithms", "equities"), Map.of("algorithms", off)));
    }

    @Test
    void aMappedNameWithoutRevisionsIsATypo() {
        MigrateStartupException e = assertThrows(MigrateStartupException.class,
                () -> DataSourceMapping.of(List.of("equities"), Map.of("equity", dataSource("x"))));
        assertEquals("migrate.databases.equity names a database without revisions on the class path; the databases"
                + " with revisions are: equities.", e.getMessage());
    }

    private static MigrateProperties.DatabaseProperties dataSource(String bean) {
        MigrateProperties.DatabaseProperties properties = new MigrateProperties.DatabaseProperties();
        properties.setDataSource(bean);
        return properties;
    }
}
