package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.snapshot.ModelProblem;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncompleteModelTest {

    @Test
    void aCompleteModelPasses() {
        Snapshot model = new Snapshot("shop", Schema.EMPTY);
        assertSame(model, IncompleteModel.require(model, "migrate:revision"));
    }

    @Test
    void anIncompleteModelIsRefusedWithEachProblemAndTheWaysOut() {
        Snapshot model = new Snapshot("shop", Schema.EMPTY, List.of(
                new ModelProblem("MIGRATE-104", "com.acme.Order.total", "@Formula on total is not supported yet"),
                new ModelProblem("MIGRATE-102", "com.acme.Legacy", "@Entity Legacy has no @Id attribute")));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> IncompleteModel.require(model, "migrate:revision"));
        String text = e.getMessage();
        assertTrue(text.startsWith("migrate:revision refuses database shop: its model is incomplete, because the"
                + " annotation processor could not map 2 things (also printed as compile warnings):\n"
                + "  - MIGRATE-102 at com.acme.Legacy: @Entity Legacy has no @Id attribute\n"
                + "  - MIGRATE-104 at com.acme.Order.total: @Formula on total is not supported yet\n"), text);
        assertTrue(text.contains("@dev.optionsdeep.migrate.Unmanaged on the entity class or on the attribute"), text);
        assertTrue(text.contains("-Amigrate.exclude=com.acme.Legacy,com.acme.Order#notes,audit_log"), text);
        assertTrue(text.contains("With -Amigrate.strict=true these problems are compile errors"), text);
        assertEquals(text, IncompleteModel.message(model, "migrate:revision"));
    }
}
