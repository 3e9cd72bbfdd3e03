package dev.optionsdeep.migrate.introspect;

import dev.optionsdeep.migrate.change.Change;
import dev.optionsdeep.migrate.diff.Autogenerate;
import dev.optionsdeep.migrate.diff.SchemaDiff;
import dev.optionsdeep.migrate.postgres.PostgresSql;
import dev.optionsdeep.migrate.postgres.Statement;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The round trip of the design's proof: for random schema pairs (A, B) over tables in the default
 * and in named schemas, with defaults, comments, primary keys and sequences, a database built at A and
 * upgraded by the migration A → B reads back as exactly B, and its downgrade reads back as
 * exactly A, with nothing unsupported in either.
 *
 * <p>Each run draws a new seed and prints it. To replay a failure, pass what its message says:
 * {@code -Dmigrate.roundtrip.seed=…} (and {@code -Dmigrate.roundtrip.pair=…} for that pair only);
 * {@code -Dmigrate.roundtrip.pairs=…} changes how many pairs run.
 *
 * <p>One database serves the whole run; between pairs the public schema is dropped and created
 * again and the named schemas dropped, which costs a fraction of a fresh database.
 */
class RoundTripPropertyTest {

    private static final int DEFAULT_PAIRS = 250;

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @Test
    void upgradeReadsBackAsTheNewSchemaAndDowngradeAsTheOld() throws SQLException {
        long seed = Long.getLong("migrate.roundtrip.seed", new SecureRandom().nextLong());
        Integer only = Integer.getInteger("migrate.roundtrip.pair");
        int pairs = Integer.getInteger("migrate.roundtrip.pairs", DEFAULT_PAIRS);
        System.out.println("round trip: seed " + seed + (only != null ? ", pair " + only : ", " + pairs + " pairs"));

        try (Connection c = db.connect()) {
            try (java.sql.Statement s = c.createStatement()) {
                // Nothing here needs to survive a crash; not waiting for each commit's WAL flush saves time.
                s.execute("SET synchronous_commit = off");
            }
            for (int pair = only != null ? only : 0; pair < (only != null ? only + 1 : pairs); pair++) {
                try {
                    RandomSchemas generator = new RandomSchemas(new SplittableRandom(seed + pair));
                    Schema a = generator.schema();
                    Schema b = generator.edit(a);
                    new Run(c, seed, pair, a, b, SchemaDiff.between(Schema.EMPTY, a),
                            Autogenerate.withRenames(a, b, generator.hints())).check();
                } catch (RuntimeException | SQLException e) {
                    // The generator, the diff or a change refused something: still say how to replay it.
                    throw new AssertionError("round trip pair " + pair + " of seed " + seed + " failed with " + e
                            + "\nreplay with -Dmigrate.roundtrip.seed=" + seed + " -Dmigrate.roundtrip.pair=" + pair, e);
                }
            }
        }
    }

    /** One pair's round trip on a connection, with everything a failure report needs. */
    private record Run(Connection c, long seed, int pair, Schema a, Schema b, List<Change> build, List<Change> upgrade) {

        void check() throws SQLException {
            StringBuilder reset = new StringBuilder("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
            RandomSchemas.SCHEMAS.forEach(n -> reset.append(" DROP SCHEMA IF EXISTS ")
                    .append(dev.optionsdeep.migrate.postgres.Identifiers.quote(n)).append(" CASCADE;"));
            execute(reset.toString());
            // No read after building A: the downgrade must read back as A, untouched tables included.
            migrate("build A", build);

            Schema modelled = a;
            for (Change change : upgrade) {
                modelled = change.applyTo(modelled);
            }
            if (!modelled.equals(b)) {
                failure("the upgrade's changes applied to the model of A give\n" + text(modelled) + "instead of B");
            }
            migrate("upgrade A → B", upgrade);
            expect("after the upgrade A → B", b);

            migrate("downgrade B → A", SchemaDiff.inverse(upgrade));
            expect("after the downgrade B → A", a);
        }

        private void migrate(String what, List<Change> changes) throws SQLException {
            // Like the executor: one transaction per migration.
            c.setAutoCommit(false);
            try (java.sql.Statement s = c.createStatement()) {
                for (Statement statement : PostgresSql.statements(changes)) {
                    try {
                        s.execute(statement.sql());
                    } catch (SQLException e) {
                        c.rollback();
                        failure(what + " failed at\n" + statement.sql() + "\nwith " + e.getMessage());
                    }
                }
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        }

        private void expect(String when, Schema expected) throws SQLException {
            Introspection read = new SchemaReader(SchemaReader.DEFAULT_SCHEMA, SchemaReader.MIGRATE_TABLES,
                    java.util.Set.copyOf(RandomSchemas.SCHEMAS)).read(c);
            // Checks are compared as PostgreSQL spells them both, the model's as written and the database's as printed.
            if (!CheckCanonicalizer.canonical(c, read.schema()).equals(CheckCanonicalizer.canonical(c, expected))
                    || !read.isExact()) {
                failure(when + " the database reads as\n" + text(read.schema())
                        + (read.isExact() ? "" : "with unsupported objects " + read.unsupported() + "\n")
                        + "where the model says\n" + text(expected));
            }
        }

        private void execute(String sql) throws SQLException {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        private void failure(String what) {
            StringBuilder m = new StringBuilder("round trip pair " + pair + " of seed " + seed + ": " + what + "\n");
            m.append("replay with -Dmigrate.roundtrip.seed=").append(seed).append(" -Dmigrate.roundtrip.pair=")
                    .append(pair).append("\n\nA:\n").append(text(a)).append("\nB:\n").append(text(b));
            changes(m.append("\nchanges building A:\n"), build);
            changes(m.append("\nchanges A → B (the downgrade runs their inverses in reverse order):\n"), upgrade);
            fail(m.toString());
        }

        private static void changes(StringBuilder m, List<Change> changes) {
            for (Change change : changes) {
                m.append("  ").append(change.describe()).append('\n');
                PostgresSql.statements(change).forEach(s -> m.append("    ").append(s.sql().replace("\n", "\n    ")).append('\n'));
            }
        }

        private static String text(Schema schema) {
            StringBuilder out = new StringBuilder();
            if (schema.tables().isEmpty()) {
                out.append("  (no tables)\n");
            }
            schema.sequences().forEach(q -> out.append("  sequence ").append(q.describe()).append('\n'));
            for (Table t : schema.tables()) {
                out.append("  table ").append(t.name()).append(t.comment() == null ? "" : " comment " + t.comment())
                        .append('\n');
                t.columns().forEach(col -> out.append("    ").append(col.describe())
                        .append(col.comment() == null ? "" : " comment " + col.comment()).append('\n'));
                t.primaryKeyIfAny().ifPresent(k -> out.append("    primary key ").append(k.name()).append(' ')
                        .append(k.columns()).append('\n'));
                t.uniqueConstraints().forEach(u -> out.append("    unique ").append(u.name()).append(' ')
                        .append(u.columns()).append('\n'));
                t.indexes().forEach(i -> out.append("    ").append(i.unique() ? "unique index " : "index ")
                        .append(i.name()).append(' ').append(i.columns()).append('\n'));
                t.checks().forEach(k -> out.append("    check ").append(k.name()).append(' ').append(k.expression())
                        .append('\n'));
            }
            return out.toString();
        }
    }
}
