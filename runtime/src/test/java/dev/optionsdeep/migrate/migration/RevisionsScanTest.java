package dev.optionsdeep.migrate.migration;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scan reads each revision from its class file and loads no class: a project of thousands of
 * revisions starts without defining them. The class is loaded when its revision runs.
 */
class RevisionsScanTest {

    private static final String BRANCHES = "dev.optionsdeep.migrate.executor.fixtures.branches";

    @Test
    void scanReadsEveryAnnotationValueWithoutLoadingTheClasses() throws Exception {
        try (Isolated loader = new Isolated()) {
            Revisions revisions = Revisions.scan(loader, BRANCHES);

            assertEquals(List.of(), loader.loadedRevisions());
            assertEquals(List.of(
                    new RevisionInfo("a10000000001", List.of(), "Create companies table", "2024-01-15T10:00:00Z",
                            BRANCHES + ".V1_CreateCompanies"),
                    new RevisionInfo("b20000000002", List.of("a10000000001"), "Add stock_symbol_type to companies",
                            "2024-01-16T10:00:00Z", BRANCHES + ".V2_AddStockSymbolType", List.of("symbols"), List.of()),
                    new RevisionInfo("c30000000003", List.of("a10000000001"), "Create stock_prices table",
                            "2024-01-17T10:00:00Z", BRANCHES + ".V3_CreateStockPrices", List.of("prices"), List.of()),
                    new RevisionInfo("d40000000004", List.of("c30000000003"), "Index stock symbol types",
                            "2024-01-18T10:00:00Z", BRANCHES + ".V4_IndexSymbolTypes", List.of(), List.of("b20000000002"))),
                    revisions.graph().revisions());
        }
    }

    @Test
    void aRevisionsClassIsLoadedWhenItRuns() throws Exception {
        try (Isolated loader = new Isolated()) {
            Revisions revisions = Revisions.scan(loader, BRANCHES);

            Migration migration = revisions.migration("c30000000003");

            assertEquals(BRANCHES + ".V3_CreateStockPrices", migration.getClass().getName());
            assertTrue(migration.getClass().getClassLoader() == loader);
            assertEquals(List.of(BRANCHES + ".V3_CreateStockPrices"), loader.loadedRevisions());
            assertFalse(Operations.stepsOf(migration, true).isEmpty());
        }
    }

    /** Defines the fixture revisions itself, from the test classes, so that it can tell which it loaded. */
    private static final class Isolated extends URLClassLoader {

        Isolated() {
            super(new URL[] {RevisionsScanTest.class.getProtectionDomain().getCodeSource().getLocation()},
                    RevisionsScanTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(BRANCHES + ".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : findClass(name);
            }
        }

        List<String> loadedRevisions() {
            return List.of("V1_CreateCompanies", "V2_AddStockSymbolType", "V3_CreateStockPrices", "V4_IndexSymbolTypes")
                    .stream().map(simple -> BRANCHES + "." + simple).filter(name -> findLoadedClass(name) != null).toList();
        }
    }
}
