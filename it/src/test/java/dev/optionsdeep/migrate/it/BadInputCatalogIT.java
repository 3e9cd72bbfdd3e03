package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.Migrate;
import dev.optionsdeep.migrate.plugin.Environment;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dev.optionsdeep.migrate.plugin.PluginInputs.environment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The catalogue of bad inputs: each one is refused with the exact message given here, which says
 * what happened and what to do; the database is left as it was (its tables, columns, indexes,
 * comments, rows, version and history); and the password appears nowhere, neither in the message,
 * the exception's causes and stack trace, nor the log. Each case that touches a database gets its
 * own fresh one. In {@code {db}} the expected messages name the case's database.
 *
 * <p>Runs in-process through the runtime's Java API and the plugin's own classes: the whole
 * catalogue costs a few seconds. What only a real Maven build shows is in {@code MavenBadInputIT}.
 */
class BadInputCatalogIT {

    private static final String PACKAGE = "dev.optionsdeep.migrate.it.badinput.";
    private static final String NOT_A_TARGET = "' is not a target. Give head, heads, base, a revision id or a unique"
            + " prefix"
            + " of one, +N or -N (N a number of revisions), head~N, <revision>+N or <branch>@head; migrate:history"
                    + " lists"
            + " the revisions.";
    private static final String KNOWN = " Known revisions: aaa000000001, aaa000000002, abb000000003. Run"
            + " migrate:history"
            + " to list them.";
    private static final String SNAPSHOT_FIX = ". Migrate writes snapshots, nobody edits them: restore this file from"
            + " version control (a revision's snapshot), or rebuild (the compiled model's)";

    /** A database whose revisions are well-formed; at its first revision (aaa000000001) when a case starts. */
    private static final String SHOP = "shop";

    private static final AtomicInteger PASSED = new AtomicInteger();

    private static final BadInput.Action AT_FIRST_REVISION = s -> s.migrator(SHOP).upgrade("+1");

    static Stream<BadInput> catalogue() {
        return Stream.of(targets(), revisionClasses(), migrationsThatFail(), connections(), environments(), dotEnvFiles(),
                snapshots()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void isRefusedWithAMessageThatSaysWhatToDoAndChangesNothing(BadInput input) throws Exception {
        try (BadInputScene scene = BadInputScene.open(input.fixture(), input.setUp())) {
            List<String> before = scene.state();

            Exception thrown = assertThrows(Exception.class, () -> input.action().run(scene));

            assertEquals(scene.expand(input.expected()), thrown.getMessage(),
                    () -> "stack trace: " + BadInputScene.trace(thrown));
            assertEquals(before, scene.state(), "the database changed");
            scene.assertNoSecretIn(thrown);
            PASSED.incrementAndGet();
        }
    }

    @AfterAll
    static void summary() {
        System.out.println("Bad-input catalogue: " + catalogue().count() + " bad inputs, " + PASSED.get()
                + " refused with their exact message, the database unchanged and no secret shown");
    }

    private static Stream<BadInput> targets() {
        return Stream.of(
                upgrade("+x", "'+x" + NOT_A_TARGET),
                upgrade("head~", "'head~" + NOT_A_TARGET),
                upgrade("-1", "cannot upgrade to base: the database is at aaa000000001. Use migrate:downgrade"
                        + " -Dtarget=base to go back."),
                upgrade("", "empty target: give head, base, +N, -N or a revision id"),
                upgrade("   ", "empty target: give head, base, +N, -N or a revision id"),
                upgrade("zzz", "Can't locate revision identified by 'zzz'." + KNOWN),
                upgrade("aaa", "revision prefix 'aaa' is ambiguous: it matches aaa000000001, aaa000000002. Give more"
                        + " characters of the id."),
                upgrade("+99999999999", "'+99999999999' moves too many steps: give a number of revisions, for example"
                        + " +1, or head to go to the latest"),
                upgrade("+5", "cannot move +5: revision aaa000000001 has only 2 revisions after it. Use head to go to"
                        + " the latest."),
                upgrade("head+1", "cannot move head+1: revision abb000000003 has only 0 revisions after it. Use head"
                        + " to go to the latest."),
                upgrade("head~x", "'head~x" + NOT_A_TARGET),
                upgrade("++1", "'++1" + NOT_A_TARGET),
                upgrade("nolabel@head", "'nolabel@head': 'nolabel' is neither a branch label nor a revision. No"
                        + " revision has a branch label (migrate:revision -DbranchLabel=… gives one)."),
                upgrade("nolabel@base", "'nolabel@base': there is no branch label 'nolabel'. No revision has a branch"
                        + " label (migrate:revision -DbranchLabel=… gives one)."),
                upgrade("base:head", "'base:head' is a range, which only -Dsql scripts and migrate:history take. Give"
                        + " one target, for example head, +1 or a revision id."),
                upgrade("current", "'current': current names the revisions the database is at, which only history"
                        + " ranges take (migrate:history -Drange=current:head). Give a target to move to, for example"
                        + " head or +1."),
                upgrade("'; DROP TABLE companies; --", "''; DROP TABLE companies; --" + NOT_A_TARGET),
                upgrade("ümlaut", "'ümlaut" + NOT_A_TARGET),
                upgrade("aaa000000001aaa", "Can't locate revision identified by 'aaa000000001aaa'." + KNOWN),
                upgrade("base", "cannot upgrade to base: the database is at aaa000000001. Use migrate:downgrade"
                        + " -Dtarget=base to go back."),
                downgrade("-5", "cannot move -5: revision aaa000000001 is only 1 revision above base. Use base to go"
                        + " back to the empty database."),
                downgrade("base-1", "cannot move base-1: nothing comes before base, the empty database. Use base to"
                        + " go back to it."),
                downgrade("+1", "downgrade target aaa000000002 is ahead of the database, which is at aaa000000001."
                        + " Use migrate:upgrade -Dtarget=aaa000000002 to go forward."),
                downgrade("abb000000003", "downgrade target abb000000003 is ahead of the database, which is at"
                        + " aaa000000001. Use migrate:upgrade -Dtarget=abb000000003 to go forward."),
                downgrade("heads", "downgrade target abb000000003 is ahead of the database, which is at aaa000000001."
                        + " Use migrate:upgrade -Dtarget=abb000000003 to go forward."),
                new BadInput("stamp a revision that does not exist", SHOP, AT_FIRST_REVISION,
                        s -> s.migrator(SHOP).stamp("nonsense", false),
                                "Can't locate revision identified by 'nonsense'." + KNOWN),
                new BadInput("upgrade a database at a revision this project does not have", SHOP, s -> {
                    AT_FIRST_REVISION.run(s);
                    s.admin("UPDATE migrate_version SET revision = 'ffffffffffff'");
                }, s -> s.migrate(SHOP).upgrade(), "the database is at revision ffffffffffff, which this project does"
                        + " not have. Check that you build the right branch of the project for this environment; if"
                        + " the schema already matches one of this project's revisions, record that with mvn"
                        + " migrate:stamp -Dtarget=<revision> -Dpurge."));
    }

    private static Stream<BadInput> revisionClasses() {
        return Stream.of(
                scan("cycle", "the revisions c1c1c1c1c1c1 (" + PACKAGE + "cycle.V1_First), c2c2c2c2c2c2"
                        + " (" + PACKAGE + "cycle.V2_Second) follow each other in a cycle: correct the parents and"
                        + " dependsOn of their @Revision so that the history starts at base"),
                scan("orphan", "revision 0b0000000002 (" + PACKAGE + "orphan.V2_FollowsNothing) follows revision"
                        + " 0b0000000001, which does not exist: restore that revision's class or correct the parents"
                        + " of 0b0000000002"),
                scan("duplicate", "revision id d00000000001 is used by both " + PACKAGE + "duplicate.V1_One and"
                        + " " + PACKAGE + "duplicate.V2_Two: give one of them a new id"),
                scan("headid", invalidId("head", "headid.V1_Head")),
                scan("emptyid", invalidId("", "emptyid.V1_Empty")),
                scan("commaid", invalidId("eeee,ffff", "commaid.V1_Comma")),
                scan("longid", invalidId("a".repeat(70), "longid.V1_Long")),
                scan("quoteid", invalidId("x'; DROP TABLE companies; --", "quoteid.V1_Quote")),
                scan("selfparent", "the revisions 5e1f00000001 (" + PACKAGE + "selfparent.V1_Self) follow each other"
                        + " in a cycle: correct the parents and dependsOn of their @Revision so that the history"
                        + " starts at base"),
                scan("missingdep", "revision de0000000001 (" + PACKAGE + "missingdep.V1_Needs) depends on revision"
                        + " de0000000000, which does not exist: restore that revision's class or correct dependsOn of"
                        + " de0000000001"),
                scan("labelhead", "revision 1abe10000001 (" + PACKAGE + "labelhead.V1_Label) has branch label 'head',"
                        + " which has a meaning of its own in targets: rename the label"),
                scan("labeltwice", "branch label 'prices' is given by both revision 1abe20000001 and revision"
                        + " 1abe20000002: a label names one branch, rename one of them"),
                scan("notmigration", PACKAGE + "notmigration.V1_NotAMigration is annotated @Revision but does not"
                        + " implement dev.optionsdeep.migrate.migration.Migration: make it implement Migration"),
                instantiate("noconstructor", "revision 0000000000c1: " + PACKAGE + "noconstructor.V1_NeedsArgument"
                        + " needs a constructor without parameters: add one, or remove the others."),
                instantiate("constructorthrows", "revision 0000000000c2: the constructor of"
                        + " " + PACKAGE + "constructorthrows.V1_Throws failed: java.lang.IllegalStateException:"
                        + " cannot read prices.csv. Fix the constructor, or do that work in upgrade() and"
                        + " downgrade()."),
                new BadInput("a migration package that is not a Java package", null,
                        s -> s.migrate(SHOP).migrationPackage("db..migration"),
                                "'db..migration' is not a Java package name: give one such as db.migration"
                                + " (<migrationPackage> in the plugin's configuration, or"
                                + " Migrate.migrationPackage(…))"),
                new BadInput("the Java API without a connection", null,
                        s -> Migrate.database(SHOP).upgrade(), "Migrate.database(\"shop\") needs a connection: call"
                                + " .dataSource(…) or .url(…) before upgrading"));
    }

    private static Stream<BadInput> migrationsThatFail() {
        return Stream.of(
                new BadInput("a migration that throws midway", "throwing", s -> s.migrate("throwing").upgrade("+1"),
                        s -> s.migrate("throwing").upgrade(), "revision 7a0000000002 (Convert prices to euros) failed"
                                + " in " + PACKAGE + "throwing.V2_ConvertPrices.upgrade():"
                                + " java.lang.IllegalStateException: no exchange rate for GBP. The revision was"
                                + " rolled back; the database is still at 7a0000000001."),
                new BadInput("names and comments with quotes, semicolons and unicode", "injection",
                        s -> s.migrate("injection").upgrade("+1"), s -> s.migrate("injection").upgrade(),
                                "revision 1e0000000002 (Names with '); DELETE FROM migrate_history; --) failed at"
                                + " step 'create table a\"b; DROP TABLE companies; --'\n    CREATE TABLE \"a\"\"b;"
                                + " DROP TABLE companies; --\" (\n        id bigint\n    )\nPostgreSQL said: ERROR:"
                                + " relation \"a\"b; DROP TABLE companies; --\" already exists. The revision was"
                                + " rolled back; the database is still at 1e0000000001."),
                new BadInput("a table name longer than PostgreSQL keeps", "longname",
                        s -> s.migrate("longname").upgrade(),
                        "revision 10000000000a (A table with a long name) failed in"
                                + " " + PACKAGE + "longname.V1_LongName.upgrade():"
                                + " java.lang.IllegalArgumentException: table name"
                                + " companies_with_a_name_far_longer_than_postgresql_keeps_for_any_identifier is 73"
                                + " bytes long in UTF-8; PostgreSQL keeps only the first 63 bytes of a name, so"
                                + " shorten it. The revision was rolled back; the database is still at base."));
    }

    private static Stream<BadInput> connections() {
        return Stream.of(
                connect("a wrong password", "jdbc:postgresql://127.0.0.1:5432/{db}", "wrong-password-1b2c",
                        "authentication failed for user \"migrate_password_test\" on 127.0.0.1:5432: check the"
                        + " username and the password configured for this environment"),
                connect("a database that does not exist", "jdbc:postgresql://127.0.0.1:5432/{db}_missing", null,
                        "database \"{db}_missing\" does not exist on 127.0.0.1:5432. Create it first:\n    CREATE"
                        + " DATABASE {db}_missing;"),
                connect("a port where nothing listens", "jdbc:postgresql://127.0.0.1:1/{db}", null,
                        "cannot reach PostgreSQL at 127.0.0.1:1 (Connection to 127.0.0.1:1 refused. Check that the"
                        + " hostname and port are correct and that the postmaster is accepting TCP/IP connections.):"
                        + " is the server running, and are the host and port in the URL right?"),
                connect("a URL that is not PostgreSQL's", "jdbc:mysql://127.0.0.1:3306/{db}?password={pw}", null,
                        "not a PostgreSQL JDBC URL: jdbc:mysql://127.0.0.1:3306/{db}?password=**** (expected"
                        + " jdbc:postgresql://host:port/database)"),
                connect("sslpassword in a URL the driver refuses",
                        "jdbc:postgresql://127.0.0.1:5432/{db}?sslpassword={pw}&sslmode=sometimes",
                        null, "the PostgreSQL driver refused the URL"
                                + " jdbc:postgresql://127.0.0.1:5432/{db}?sslpassword=****&sslmode=sometimes: Invalid"
                                + " sslmode value: sometimes. Correct that parameter of the URL."),
                connect("a password before the host", "jdbc:postgresql://admin:{pw}@127.0.0.1:5432/{db}", null,
                        "the URL jdbc:postgresql://admin:****@127.0.0.1:5432/{db} names a user before the host, which"
                        + " the PostgreSQL driver does not read: give the username and password as settings of their"
                        + " own (<username> and <passwordEnv> or <serverId>), and the URL as"
                        + " jdbc:postgresql://host:port/database"),
                new BadInput("an unknown user", SHOP, s -> s.migrator(SHOP, s.url(), "no_such_user_7c").current(),
                        "authentication failed for user \"no_such_user_7c\" on 127.0.0.1:5432: check the username and"
                        + " the password configured for this environment"),
                session("a session setting name with a space", Map.of("lock timeout", "5s"),
                        "session setting 'lock timeout' is not a PostgreSQL setting name: use lowercase letters,"
                        + " digits, _ and ., for example lock_timeout"),
                session("an unknown session setting", Map.of("no_such_setting", "1"),
                        "PostgreSQL refused the session setting no_such_setting = 1 on"
                        + " jdbc:postgresql://127.0.0.1:5432/{db} (ERROR: unrecognized configuration parameter"
                        + " \"no_such_setting\"): correct it in the database's <sessionSettings> in pom.xml, or in"
                        + " the ConnectionSettings given to Migrate"),
                session("a session setting with a value PostgreSQL refuses", Map.of("lock_timeout", "soon"),
                        "PostgreSQL refused the session setting lock_timeout = soon on"
                        + " jdbc:postgresql://127.0.0.1:5432/{db} (ERROR: invalid value for parameter"
                        + " \"lock_timeout\": \"soon\"): correct it in the database's <sessionSettings> in pom.xml,"
                        + " or in the ConnectionSettings given to Migrate"));
    }

    private static Stream<BadInput> environments() {
        var local = environment("local", "jdbc:postgresql://localhost:5432/{database}", "postgres", "DB_PASSWORD",
                null);
        var prod = environment("prod", "jdbc:postgresql://warehouse:5432/{database}", null, null, "warehouse");
        List<Environment> both = List.of(local, prod);
        return Stream.of(
                env("an unknown -Denv", both, Map.of("DB_PASSWORD", "{pw}"), null, "qa",
                        "environment 'qa' (from -Denv) is not configured. Known environments: local, prod. Pick one"
                        + " with -Denv=…, or add an <environment> named 'qa' to the migrate plugin's <environments>"
                        + " in pom.xml."),
                env("an unknown ENVIRONMENT variable", both, Map.of("ENVIRONMENT", "staging"), null, null,
                        "environment 'staging' (from the ENVIRONMENT variable) is not configured. Known environments:"
                        + " local, prod. Pick one with -Denv=…, or add an <environment> named 'staging' to the"
                        + " migrate plugin's <environments> in pom.xml."),
                env("an unknown ENVIRONMENT in .env", both, Map.of(), "ENVIRONMENT=test\n", null,
                        "environment 'test' (from .env) is not configured. Known environments: local, prod. Pick one"
                        + " with -Denv=…, or add an <environment> named 'test' to the migrate plugin's <environments>"
                        + " in pom.xml."),
                env("no environments configured", List.of(), Map.of(), null, null,
                        "no environments are configured. Add to the migrate plugin's <configuration> in pom.xml:\n "
                        + " <environments>\n    <environment>\n      <name>local</name>\n     "
                        + " <url>jdbc:postgresql://localhost:5432/{database}</url>\n     "
                        + " <username>postgres</username>\n    </environment>\n  </environments>"),
                env("an environment without a URL", List.of(environment("local", " ", "postgres", null, null)),
                        Map.of(),
                        null, null, "environment 'local' has no <url>: add"
                                + " <url>jdbc:postgresql://host:5432/{database}</url> to it in pom.xml"),
                env("a password variable that is not set", both, Map.of(), null, null,
                        "environment 'local' reads its password from the variable DB_PASSWORD, which is not set. Set"
                        + " it (export DB_PASSWORD=…) or add a line DB_PASSWORD=… to the .env file in the project"
                        + " root."),
                env("a password variable set to blanks", both, Map.of("DB_PASSWORD", "  "), null, null,
                        "environment 'local' reads its password from the variable DB_PASSWORD, which is not set. Set"
                        + " it (export DB_PASSWORD=…) or add a line DB_PASSWORD=… to the .env file in the project"
                        + " root."),
                env("both a server and a password variable", List.of(environment("prod",
                        "jdbc:postgresql://w/{database}",
                        null, "DB_PASSWORD", "warehouse")), Map.of("DB_PASSWORD", "{pw}"), null, "prod",
                                "environment 'prod' takes its password from both <serverId>warehouse</serverId> and"
                                + " <passwordEnv>DB_PASSWORD</passwordEnv>: keep one of them"),
                env("a server settings.xml does not have", List.of(environment("prod",
                        "jdbc:postgresql://w/{database}", null,
                        null, "nowhere")), Map.of(), null, "prod", "environment 'prod' reads its credentials from the"
                                + " server 'nowhere' of Maven's settings.xml, which has no such server. Add"
                                + " <server><id>nowhere</id><username>…</username><password>…</password></server> to"
                                + " ~/.m2/settings.xml (encrypt the password with mvn --encrypt-password)."),
                env("the username given twice", List.of(environment("prod", "jdbc:postgresql://w/{database}", "admin",
                        null, "warehouse")), Map.of(), null, "prod", "environment 'prod' gives the username twice:"
                                + " <username>admin</username> in pom.xml and the server 'warehouse' in settings.xml:"
                                + " keep one of them"));
    }

    private static Stream<BadInput> dotEnvFiles() {
        var local = List.of(environment("local", "jdbc:postgresql://localhost:5432/{database}", "postgres",
                "DB_PASSWORD", null));
        return Stream.of(
                env("a .env line without =", local, Map.of(), "ENVIRONMENT=local\nthis is not a setting\n", null,
                        "{dotenv} line 2 is not KEY=value: this is not a setting. Fix or remove that line."),
                env("a .env line with no name", local, Map.of(), "=local\n", null,
                        "{dotenv} line 1 is not KEY=value: =local. Fix or remove that line."),
                env("a .env line that is only export", local, Map.of(), "export\n", null,
                        "{dotenv} line 1 is not KEY=value: export. Fix or remove that line."),
                env("a .env saved as Latin-1", local, Map.of(), "ENVIRONMENT=local\n# caf\u00e9\nDB_PASSWORD={pw}\n",
                        null,
                        "{dotenv} line 2 is not valid UTF-8: byte 0xE9 cannot be read (the file was probably saved as"
                                + " Latin-1 or Windows-1252). Save the file as UTF-8, or write that line with ASCII"
                                + " characters only.").latin1(),
                env("a .env with a NUL byte in a name", local, Map.of(), "ENVIRO\u0000NMENT=local\n", null,
                        "{dotenv} line 1 names the variable 'ENVIRO\\u0000NMENT', which is not a variable name: use"
                        + " letters, digits and _ only."),
                env("a .env that is binary garbage", local, Map.of(), "\u00ff\u00fe\u0000\u0001garbage", null,
                        "{dotenv} line 1 is not valid UTF-8: byte 0xFF cannot be read (the file was probably saved as"
                        + " Latin-1 or Windows-1252). Save the file as UTF-8, or write that line with ASCII"
                        + " characters only.").latin1());
    }

    private static Stream<BadInput> snapshots() {
        return Stream.of(
                snapshot("not JSON", "this is not json", "equities.schema.json: line 1, column 1: unexpected"
                        + " character 't'" + SNAPSHOT_FIX),
                snapshot("empty", "", "equities.schema.json: line 1, column 1: unexpected end of file" + SNAPSHOT_FIX),
                snapshot("cut off", "{\"format\": 4, \"database\": \"equities\", \"tables\": [{\"name\":"
                        + " \"companies\"", "equities.schema.json: line 1, column 70: unexpected end of"
                        + " file" + SNAPSHOT_FIX),
                snapshot("from a newer Migrate", "{\"format\": 99, \"database\": \"equities\", \"tables\": []}",
                        "equities.schema.json: written by a newer Migrate (snapshot format 99; this version reads up"
                        + " to " + dev.optionsdeep.migrate.snapshot.SnapshotCodec.FORMAT + "): upgrade the migrate"
                        + " plugin and processor"),
                snapshot("format zero", "{\"format\": 0, \"database\": \"equities\", \"tables\": []}",
                        "equities.schema.json: unknown snapshot format 0" + SNAPSHOT_FIX),
                snapshot("without tables", "{\"format\": 4, \"database\": \"equities\"}",
                        "equities.schema.json: \"tables\" must be a JSON array" + SNAPSHOT_FIX),
                snapshot("a table without a name", "{\"format\": 4, \"database\": \"equities\", \"tables\": [{}]}",
                        "equities.schema.json: \"name\" must be a string" + SNAPSHOT_FIX),
                snapshot("a list where an object belongs", "[1, 2, 3]", "equities.schema.json: the document must be a"
                        + " JSON object" + SNAPSHOT_FIX));
    }

    /** The message for a revision class whose id breaks the rule. */
    private static String invalidId(String id, String className) {
        return "revision id '" + id + "' of " + PACKAGE + className + " is not a valid revision id: an id is 1 to 32"
                + " letters,"
                + " digits or underscores, and none of the words head, heads, base or current (migrate:revision"
                        + " writes 12"
                + " hexadecimal digits). Change @Revision(id = …) in " + PACKAGE + className + " before it is applied"
                        + " anywhere.";
    }

    private static BadInput upgrade(String target, String expected) {
        return new BadInput("upgrade -Dtarget=" + target, SHOP, AT_FIRST_REVISION,
                s -> s.migrate(SHOP).upgrade(target), expected);
    }

    private static BadInput downgrade(String target, String expected) {
        return new BadInput("downgrade -Dtarget=" + target, SHOP, AT_FIRST_REVISION,
                s -> s.migrator(SHOP).downgrade(target), expected);
    }

    /** Revision classes refused as they are read, before any database is reached: the case needs none. */
    private static BadInput scan(String fixture, String expected) {
        return new BadInput("revision classes: " + fixture, null, s -> s.migrate(fixture).upgrade(), expected);
    }

    /** A revision class refused only when its revision is about to run: in a database of its own. */
    private static BadInput instantiate(String fixture, String expected) {
        return new BadInput("revision classes: " + fixture, fixture, s -> s.migrate(fixture).upgrade(), expected);
    }

    private static BadInput connect(String name, String url, String password, String expected) {
        return new BadInput(name, SHOP, s -> s.migrator(SHOP, s.settings(s.expand(url), password)).current(), expected);
    }

    private static BadInput session(String name, Map<String, String> settings, String expected) {
        return new BadInput(name, SHOP, s -> s.migrator(SHOP, s.settings(s.url(), null, settings)).current(), expected);
    }

    private static BadInput env(String name, List<Environment> environments,
                                Map<String, String> variables, String dotEnv, String requested, String expected) {
        return new BadInput(name, null, s -> s.resolve(environments, variables, dotEnv, requested), expected);
    }

    private static BadInput snapshot(String name, String text, String expected) {
        return new BadInput("a snapshot edited into garbage: " + name, null,
                s -> SnapshotCodec.read(text, "equities.schema.json"), expected);
    }
}
