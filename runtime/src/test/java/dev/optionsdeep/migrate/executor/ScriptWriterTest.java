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
                    checksum_steps text,
                    applied_by text NOT NULL DEFAULT current_user,
                    applied_at timestamp(6) with time zone NOT NULL DEFAULT clock_timestamp(),
                    duration_ms bigint NOT NULL,
                    CONSTRAINT migrate_history_pkey PRIMARY KEY (id),
                    CONSTRAINT migrate_history_direction_check CHECK (direction IN ('upgrade', 'downgrade', 'stamp', 'accept'))
                );

                ALTER TABLE migrate_history ADD COLUMN IF NOT EXISTS checksum_steps text;

                ALTER TABLE migrate_history DROP CONSTRAINT IF EXISTS migrate_history_direction_check, ADD CONSTRAINT migrate_history_direction_check CHECK (direction IN ('upgrade', 'downgrade', 'stamp', 'accept'));

                -- Upgrading base -> ae1027a6acf3, Create companies table
                BEGIN;

                CREATE TABLE companies (
                    id bigint NOT NULL
                );

                INSERT INTO migrate_version (revision) VALUES ('ae1027a6acf3');
                INSERT INTO migrate_history (revision, direction, from_revisions, to_revisions, message, checksum, checksum_steps, duration_ms)
                VALUES ('ae1027a6acf3', 'upgrade', 'base', 'ae1027a6acf3', 'Create companies table', 'v2:ae10', '0123456789abcdef create table companies	CREATE TABLE companies (id bigint NOT NULL)
                ', 0);

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
                INSERT INTO migrate_history (revision, direction, from_revisions, to_revisions, message, checksum, checksum_steps, duration_ms)
                VALUES ('b4f2e8c9d120', 'upgrade', 'ae1027a6acf3', 'b4f2e8c9d120', 'Index O''Brien''s tickers', 'v2:b4f2', '0123456789abcdef create table companies	CREATE TABLE companies (id bigint NOT NULL)
                ', 0);

                COMMIT;

                SELECT pg_advisory_unlock(492746647727982160);
                """, render(List.of(), true));
    }

    @Test
    void downgradeToBaseEmptiesTheVersionTable() {
        String script = ScriptWriter.render("equities", false, List.of("ae1027a6acf3"), List.of(),
                Plans.walk(GRAPH, List.of("ae1027a6acf3"), List.of(GRAPH.get("ae1027a6acf3")), false),
                move -> new ScriptWriter.RevisionSql(List.of(Statement.transactional("DROP TABLE companies")), checksum("ae1027a6acf3")));
        assertEquals("""
                -- Downgrading ae1027a6acf3 -> base, Create companies table
                BEGIN;

                DROP TABLE companies;

                DELETE FROM migrate_version WHERE revision IN ('ae1027a6acf3');
                INSERT INTO migrate_history (revision, direction, from_revisions, to_revisions, message, checksum, checksum_steps, duration_ms)
                VALUES ('ae1027a6acf3', 'downgrade', 'ae1027a6acf3', 'base', 'Create companies table', 'v2:ae10', '0123456789abcdef create table companies	CREATE TABLE companies (id bigint NOT NULL)
                ', 0);

                COMMIT;

                """,
                script.substring(script.indexOf("-- Downgrading"), script.indexOf("SELECT pg_advisory_unlock")));
    }

    private static String render(List<String> from, boolean upgrade) {
        List<RevisionInfo> plan = GRAPH.revisions();
        List<Plans.Move> moves = Plans.walk(GRAPH, from, plan, upgrade);
        return ScriptWriter.render("equities", upgrade, from, moves.get(moves.size() - 1).to(), moves,
                move -> new ScriptWriter.RevisionSql(UPGRADE.get(move.revision().id()), checksum(move.revision().id())));
    }

    /** A checksum as the history records it: the script writes whatever it is given. */
    private static Checksum checksum(String revision) {
        return new Checksum("v2:" + revision.substring(0, 4), List.of(new Checksum.StepHash("0123456789abcdef", "create table companies", "CREATE TABLE companies (id bigint NOT NULL)")));
    }
}
