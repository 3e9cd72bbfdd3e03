package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.SqlTypes;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;
import dev.optionsdeep.migrate.schema.Verbatim;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database built from verbatim definitions reads back as the model when each column is what its text
 * makes: the type compared where the definition's is canonical, the rest trusted to the text, and what the
 * text makes inline (a unique, a reference, a serial's sequence, a collation, a generation) not reported.
 */
class VerbatimRoundTripTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private static Column verbatim(String name, String type, boolean nullable, String sql) {
        return new Column(name, type, nullable, false).withVerbatim(new Verbatim(sql, "com.acme.Tag#" + name));
    }

    private static Schema model(Column code) {
        Table tags = new Table("tags", List.of(new Column("id", SqlTypes.BIGINT, false, false), code,
                verbatim("upper_code", SqlTypes.TEXT, true, "text generated always as (upper(code)) stored"),
                verbatim("n", "serial", true, "serial"),
                verbatim("parent_id", SqlTypes.BIGINT, true, "bigint references tags (id)"),
                verbatim("handle", SqlTypes.TEXT, true, "text collate \"C\" unique"),
                Column.of("label", SqlTypes.TEXT)),
                new PrimaryKey("tags_pkey", List.of("id")),
                List.of(new UniqueConstraint("tags_label_key", List.of("label"))), List.of());
        return new Schema(List.of(tags));
    }

    @Test
    void readsBackAsTheModelWithNothingReported() throws SQLException {
        Schema model = model(verbatim("code", SqlTypes.TEXT, false, "text collate \"C\" not null"));
        build(model);

        try (Connection c = db.connect()) {
            Introspection read = new SchemaReader().withVerbatimColumnsOf(model).read(c);
            assertEquals(List.of(), read.unsupported());
            assertEquals(model, read.schema());

            // Without the model, the reader reports what it cannot say and reads the columns as they are.
            Introspection plain = new SchemaReader().read(c);
            assertFalse(plain.isExact());
            assertTrue(plain.schema().table("tags").orElseThrow().foreignKeys().stream()
                    .anyMatch(f -> f.name().equals("tags_parent_id_fkey")), plain.schema().toString());
        }
    }

    @Test
    void aCanonicalTypeThatDiffersIsADifference() throws SQLException {
        Schema built = model(verbatim("code", SqlTypes.TEXT, false, "text collate \"C\" not null"));
        build(built);
        // The model now says varchar(20): the database's text column is not what that definition makes.
        Schema model = model(verbatim("code", SqlTypes.varchar(20), false, "varchar(20) collate \"C\" not null"));

        try (Connection c = db.connect()) {
            Schema read = new SchemaReader().withVerbatimColumnsOf(model).read(c).schema();
            Column code = read.table("tags").orElseThrow().column("code").orElseThrow();
            assertEquals(new Column("code", SqlTypes.TEXT, false, false), code);
            assertNotEquals(model, read);
        }
    }

    private void build(Schema model) throws SQLException {
        try (Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            for (Statement statement : PostgresSql.statements(SchemaDiff.between(Schema.EMPTY, model))) {
                s.execute(statement.sql());
            }
        }
    }
}
