package dev.optionsdeep.migrate.executor;

import dev.optionsdeep.migrate.migration.Plans;
import dev.optionsdeep.migrate.migration.RevisionGraph;
import dev.optionsdeep.migrate.migration.RevisionInfo;
import dev.optionsdeep.migrate.postgres.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SQL scripts as golden text: what a DBA reviews before running it with psql. */
class ScriptWriterTest {

    private static final RevisionGraph GRAPH = new RevisionGraph(List.of(
            new RevisionInfo("ae1027a6acf3", List.of(), "Create companies table", "1", "A"),
            new RevisionInfo("b4f2e8c9d120", List.of("ae1027a6acf3"), "Index O'Brien's tickers", "2", "B")));

    private static final Map<String, List<Statement>> UPGRADE = Map.of(
            "ae1027a6acf3", List.of(Statement.transactional("CREATE TABLE companies (\n    id bigint NOT NULL\n)")),
            "b4f2e8c9d120", List.of(
                    Statement.transactional("UPDATE companies SET id = id;"),
                    new Statement("CREATE INDEX CONCURRENTLY companies_id_idx ON companies (id)", false)));

    @Test
    void upgradeFromBase() {
        assertEquals("""
                -- Migrate: upgrade of database equities from base to b4f2e8c9d120 (2 revisions).
                -- Run it with: psql -v ON_ERROR_STOP=1 -f <this file> <database>
                -- Each revision commits together with its rows in migrate_version and migrate_history.

                SELECT pg_advisory_lock(492746647727982160);

                CREATE TABLE IF NOT EXISTS migrate_version (
                    revision character varying(64) NOT NULL,
                    CONSTRAINT migrate_version_pkey PRIMARY KEY (revision)
                );

                CREATE TABLE IF NOT EXISTS migrate_history (
                    id bigint NOT NULL GENERATED ALWAYS AS IDENTITY,
                    revision character varying(400) NOT NULL,
                    direction character varying(10) NOT NULL,
                    from_revisions character varying(400) NOT NULL,
                    to_revisions character varying(400) NOT NULL,
                    message text NOT NULL,
                    checksum character varying(80),
                    applied_by text NOT NULL DEFAULT current_user,
                    applied_at timestamp(6) with time zone NOT NULL DEFAULT clock_timestamp(),
                    duration_ms bigint NOT NULL,
                    CONSTRAINT migrate_history_pkey PRIMARY KEY (id),
                    CONSTRAINT migrate_history_direction_check CHECK (direction IN ('upgrade', 'downgrade', 'stamp'))
                );

                -- Upgrading base -> ae1027a6acf3, Create companies table
                BEGIN;

                CREATE TABLE companies (
                    id bigint NOT NULL
                );

                INSERT INTO migrate_version (revision) VALUES ('ae1027a6acf3');
                INSERT INTO migrate_history (revision, direction, from_revisions, to_revisions, message, checksum, duration_ms)
                VALUES ('ae1027a6acf3', 'upgrade', 'base', 'ae1027a6acf3', 'Create companies table', '%s', 0);

                COMMIT;

                -- Upgrading ae1027a6acf3 -> b4f2e8c9d120, Index O'Brien's tickers
                BEGIN;

                UPDATE companies SET id = id;

                COMMIT;

                -- cannot run inside a transaction:
                CREATE INDEX CONCURRENTLY companies_id_idx ON companies (id);

                BEGIN;

                DELETE FROM migrate_version WHERE revision IN ('ae1027a6acf3');
                INSERT INTO migrate_version (revision) VALUES ('b4f2e8c9d120');
                INSERT INTO migrate_history (revision, direction, from_revisions, to_revisions, message, checksum, duration_ms)
                VALUES ('b4f2e8c9d120', 'upgrade', 'ae1027a6acf3', 'b4f2e8c9d120', 'Index O''Brien''s tickers', '%s', 0);

                COMMIT;

                SELECT pg_advisory_unlock(492746647727982160);
                """.formatted(checksum("ae1027a6acf3"), checksum("b4f2e8c9d120")), render(List.of(), true));
    }

    @Test
    void downgradeToBaseEmptiesTheVersionTable() {
        String script = ScriptWriter.render("equities", false, List.of("ae1027a6acf3"), List.of(),
                Plans.walk(GRAPH, List.of("ae1027a6acf3"), List.of(GRAPH.get("ae1027a6acf3")), false),
                move -> List.of(Statement.transactional("DROP TABLE companies")));
        assertEquals("""
                -- Downgrading ae1027a6acf3 -> base, Create companies table
                BEGIN;

                DROP TABLE companies;

                DELETE FROM migrate_version WHERE revision IN ('ae1027a6acf3');
                INSERT INTO migrate_history (revision, direction, from_revisions, to_revisions, message, checksum, duration_ms)
                VALUES ('ae1027a6acf3', 'downgrade', 'ae1027a6acf3', 'base', 'Create companies table', '%s', 0);

                COMMIT;

                """.formatted(checksumOf("DROP TABLE companies")),
                script.substring(script.indexOf("-- Downgrading"), script.indexOf("SELECT pg_advisory_unlock")));
    }

    private static String render(List<String> from, boolean upgrade) {
        List<RevisionInfo> plan = GRAPH.revisions();
        List<Plans.Move> moves = Plans.walk(GRAPH, from, plan, upgrade);
        return ScriptWriter.render("equities", upgrade, from, moves.get(moves.size() - 1).to(), moves,
                move -> UPGRADE.get(move.revision().id()));
    }

    /** The checksum a live run records for the same statements. */
    private static String checksum(String revision) {
        return checksumOf(UPGRADE.get(revision).stream().map(Statement::sql).toArray(String[]::new));
    }

    private static String checksumOf(String... statements) {
        Checksum checksum = new Checksum();
        for (String s : statements) {
            checksum.add(s);
        }
        return checksum.value();
    }
}
