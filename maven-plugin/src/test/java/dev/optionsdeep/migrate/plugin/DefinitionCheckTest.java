package dev.optionsdeep.migrate.plugin;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.executor.ConnectionSettings;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.Verbatim;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Without a database to ask, {@code migrate:revision} goes on and says in one line that PostgreSQL judges
 * the verbatim definitions at upgrade; the probe itself is tested against PostgreSQL in the runtime.
 */
class DefinitionCheckTest {

    private final List<String> lines = new ArrayList<>();
    private final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    };

    private static final List<Change> CHANGES = SchemaDiff.between(Schema.EMPTY, new Schema(List.of(new Table("orders",
            List.of(Column.of("code", SqlTypes.TEXT).withVerbatim(new Verbatim("text collate \"C\"", "com.acme.Order#code"))),
            null, List.of(), List.of()))));

    @Test
    void withoutAnEnvironmentTheDefinitionsAreLeftToTheUpgrade() {
        DefinitionCheck.run("shop", null, List.of(), CHANGES, log);
        assertEquals(List.of("shop: the columnDefinition of com.acme.Order#code will be checked by PostgreSQL at upgrade"
                + " (no environment gives its connection settings)"), lines);
    }

    @Test
    void anUnreachableDatabaseDoesNotStopTheRevision() {
        DefinitionCheck.run("shop", new ConnectionSettings("jdbc:postgresql://127.0.0.1:1/shop", "u", "p"), List.of(),
                CHANGES, log);
        assertEquals(List.of("shop: the columnDefinition of com.acme.Order#code will be checked by PostgreSQL at upgrade"
                + " (its database is not reachable)"), lines);
    }

    @Test
    void changesWithoutVerbatimDefinitionsSayNothing() {
        DefinitionCheck.run("shop", null, List.of(), List.of(), log);
        assertEquals(List.of(), lines);
    }
}
