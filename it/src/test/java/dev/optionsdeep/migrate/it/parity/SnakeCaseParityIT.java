package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.Database;
import dev.optionsdeep.migrate.it.parity.snake.AutoCounter;
import dev.optionsdeep.migrate.it.parity.snake.CustomerAccount;
import dev.optionsdeep.migrate.it.parity.snake.JhipsterAuthor;
import dev.optionsdeep.migrate.it.parity.snake.JhipsterBook;
import dev.optionsdeep.migrate.it.parity.snake.NamedSequenceItem;
import dev.optionsdeep.migrate.it.parity.snake.LegacyLine;
import dev.optionsdeep.migrate.it.parity.snake.OrderLineEntity;
import dev.optionsdeep.migrate.it.parity.snake.ShipmentNote;
import dev.optionsdeep.migrate.it.parity.snake.TaggedDocument;
import dev.optionsdeep.migrate.it.parity.snake.UndeclaredGeneratorItem;
import dev.optionsdeep.migrate.processor.EntityProcessor;
import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hibernate parity under {@code -Amigrate.naming=snake_case}, as {@link ParityIT} checks it for the
 * default naming: the model in {@code parity/snake} is compiled again here with that option (the
 * module's own test compilation uses the default), and Hibernate exports it with
 * {@code PhysicalNamingStrategySnakeCaseImpl}, Spring Boot's naming.
 */
class SnakeCaseParityIT {

    private static final String DATABASE = "parity_snake";
    private static final String NAMING_STRATEGY = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
    private static final List<Class<?>> ENTITIES = List.of(CustomerAccount.class, OrderLineEntity.class,
            ShipmentNote.class, dev.optionsdeep.migrate.it.parity.snake.VoyagePlan.class,
            dev.optionsdeep.migrate.it.parity.snake.PlanLeg.class, dev.optionsdeep.migrate.it.parity.snake.TransportUnit.class,
            dev.optionsdeep.migrate.it.parity.snake.ReeferUnit.class, TaggedDocument.class,
            JhipsterAuthor.class, JhipsterBook.class, NamedSequenceItem.class, AutoCounter.class,
            UndeclaredGeneratorItem.class, LegacyLine.class, dev.optionsdeep.migrate.it.parity.snake.LegacyKeyedItem.class,
            dev.optionsdeep.migrate.it.parity.snake.TableCountedItem.class, dev.optionsdeep.migrate.it.parity.snake.DefaultKeyedItem.class);

    @TempDir
    Path classes;

    private final ParityCheck parity = new ParityCheck();

    @AfterEach
    void dropDatabases() throws SQLException {
        parity.close();
    }

    @Test
    void snakeCaseNamingBuildsTheSchemaHibernateExpectsWithSpringBootsNaming() throws Exception {
        Snapshot model = snapshotWithSnakeCaseNaming();
        assertTrue(model.schema().table("customer_account").isPresent(), "the snapshot uses snake_case names");
        assertTrue(model.schema().sequences().stream().anyMatch(q -> q.name().equals("sequence_generator")),
                "JHipster's sequenceGenerator is sequence_generator: " + model.schema().sequences());
        parity.assertParity(DATABASE, model, ENTITIES, Map.of("hibernate.physical_naming_strategy", NAMING_STRATEGY));
    }

    /** The derived identities of {@code parity/derived}: Hibernate orders key columns by their converted names. */
    @Test
    void derivedIdentitiesUnderSnakeCaseNaming() throws Exception {
        Snapshot model = snapshotWithSnakeCaseNaming("derived", "parity_derived");
        assertTrue(model.schema().table("purchase_line").isPresent(), "the snapshot uses snake_case names");
        parity.assertParity("parity_derived_snake", model, ParityIT.DERIVED,
                Map.of("hibernate.physical_naming_strategy", NAMING_STRATEGY));
    }

    /** The relationships inside composite keys of {@code parity/idlinks}: join columns named by snake_case. */
    @Test
    void relationshipsInsideCompositeKeysUnderSnakeCaseNaming() throws Exception {
        Snapshot model = snapshotWithSnakeCaseNaming("idlinks", "parity_idlinks");
        assertTrue(model.schema().table("stock_level").isPresent(), "the snapshot uses snake_case names");
        parity.assertParity("parity_idlinks_snake", model, ParityIT.IDLINKS,
                Map.of("hibernate.physical_naming_strategy", NAMING_STRATEGY));
    }

    /** The maps of {@code parity/maps}: key columns named and ordered by their converted names. */
    @Test
    void mapsUnderSnakeCaseNaming() throws Exception {
        Snapshot model = snapshotWithSnakeCaseNaming("maps", "parity_maps");
        assertTrue(model.schema().table("article_translation").isPresent(), "the snapshot uses snake_case names");
        parity.assertParity("parity_maps_snake", model, ParityIT.MAPS,
                Map.of("hibernate.physical_naming_strategy", NAMING_STRATEGY));
    }

    /** The generated key parts of {@code parity/genpart}: their sequences and key columns named by snake_case. */
    @Test
    void generatedPartsOfCompositeKeysUnderSnakeCaseNaming() throws Exception {
        Snapshot model = snapshotWithSnakeCaseNaming("genpart", "parity_genpart");
        assertTrue(model.schema().sequences().stream().anyMatch(q -> q.name().equals("hfj_spidx_token_seq")),
                "the AUTO part draws from the table's sequence: " + model.schema().sequences());
        parity.assertParity("parity_genpart_snake", model, ParityIT.GENPART,
                Map.of("hibernate.physical_naming_strategy", NAMING_STRATEGY));
    }

    /** The join tables of {@code parity/anymany}: {@code <owner table>_null} and the implicit columns by snake_case. */
    @Test
    void manyToAnyAndCollectionTablesUnderSnakeCaseNaming() throws Exception {
        Snapshot model = snapshotWithSnakeCaseNaming("anymany", "parity_anymany");
        assertTrue(model.schema().table("kanban_boards_null").isPresent(), "the unnamed @ManyToAny join table: "
                + model.schema().tables().stream().map(t -> t.name()).toList());
        parity.assertParity("parity_anymany_snake", model, ParityIT.ANYMANY,
                Map.of("hibernate.physical_naming_strategy", NAMING_STRATEGY));
    }

    /** The to-one join tables of {@code parity/tojoin}: their implicit key and target columns named by snake_case. */
    @Test
    void toOneJoinTablesUnderSnakeCaseNaming() throws Exception {
        Snapshot model = snapshotWithSnakeCaseNaming("tojoin", "parity_tojoin");
        assertTrue(model.schema().table("tj_sku_default_vendor").flatMap(t -> t.column("default_vendor_id")).isPresent(),
                "the implicit target column by snake_case: " + model.schema().tables());
        parity.assertParity("parity_tojoin_snake", model, ParityIT.TOJOIN,
                Map.of("hibernate.physical_naming_strategy", NAMING_STRATEGY));
    }

    /**
     * The unnamed to-one join tables of {@code parity/gapjoin}: named {@code <owner table>_<target table>} converted
     * to snake case, and {@code <owner table>_<attribute>} under Spring Boot's implicit naming.
     */
    @Test
    void unnamedToOneJoinTablesUnderSnakeCaseAndSpringNaming() throws Exception {
        Snapshot snake = snapshotWithSnakeCaseNaming("gapjoin", "parity_gapjoin");
        assertTrue(snake.schema().table("gj_shipment_gj_depot").isPresent(), "<owner>_<target> in snake case: "
                + snake.schema().tables().stream().map(t -> t.name()).toList());
        parity.assertParity("parity_gapjoin_snake", snake, ParityIT.GAPJOIN,
                Map.of("hibernate.physical_naming_strategy", NAMING_STRATEGY));
        Snapshot spring = snapshotWith("gapjoin", "parity_gapjoin", "spring");
        assertTrue(spring.schema().table("gj_shipment_origin_depot").isPresent(), "<owner>_<attribute>: "
                + spring.schema().tables().stream().map(t -> t.name()).toList());
        parity.assertParity("parity_gapjoin_spring", spring, ParityIT.GAPJOIN, Map.of(
                "hibernate.physical_naming_strategy", NAMING_STRATEGY,
                "hibernate.implicit_naming_strategy", "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"));
    }

    /**
     * Spring Boot's defaults ({@code -Amigrate.naming=spring}): snake case, and its implicit naming strategy, which
     * names a join table after the owning table and attribute; checked with Boot's own SpringImplicitNamingStrategy.
     */
    @Test
    void springBootsDefaultNaming() throws Exception {
        Map<String, String> boot = Map.of("hibernate.physical_naming_strategy", NAMING_STRATEGY,
                "hibernate.implicit_naming_strategy", "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");
        Snapshot shop = snapshotWith("shop", "parity_shop", "spring");
        assertTrue(shop.schema().table("customer_redeemed_coupons").isPresent(), "a join table named after its"
                + " attribute: " + shop.schema().tables().stream().map(t -> t.name()).toList());
        parity.assertParity("parity_shop_spring", shop, ParityIT.SHOP, boot);
        parity.assertParity("parity_snake_spring", snapshotWith("snake", DATABASE, "spring"), ENTITIES, boot);
    }

    private Snapshot snapshotWithSnakeCaseNaming() throws IOException {
        return snapshotWithSnakeCaseNaming("snake", DATABASE);
    }

    private Snapshot snapshotWithSnakeCaseNaming(String model, String database) throws IOException {
        return snapshotWith(model, database, "snake_case");
    }

    /** Runs javac with Migrate's processor over the model's sources, as a build with the option would. */
    private Snapshot snapshotWith(String model, String database, String naming) throws IOException {
        Path sources = Path.of(System.getProperty("basedir", "."),
                "src/test/java/dev/optionsdeep/migrate/it/parity/" + model);
        List<Path> files;
        try (Stream<Path> listed = Files.list(sources)) {
            files = listed.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        String classPath = String.join(File.pathSeparator, location(Entity.class), location(Database.class),
                location(org.hibernate.annotations.NaturalId.class), location(org.hibernate.type.SqlTypes.class));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", classPath, "-proc:only",
                            "-Amigrate.check=false", "-Amigrate.naming=" + naming),
                    null, manager.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new EntityProcessor()));
            assertTrue(task.call(), diagnostics.getDiagnostics().toString());
        }
        Path snapshot = classes.resolve("META-INF/migrate/" + database + SnapshotCodec.FILE_SUFFIX);
        return SnapshotCodec.read(Files.readString(snapshot), snapshot.toString());
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Quoted camel-case names ({@code parity/quotedsnake}, after Spring Authorization Server's consent table): kept as
     * written by Hibernate 7's snake-case strategy, in the table, a column and an index's column list.
     */
    @Test
    void quotedNamesAreKeptAsWrittenUnderSnakeCaseNaming() throws Exception {
        Snapshot model = snapshotWithSnakeCaseNaming("quotedsnake", "parity_quotedsnake");
        assertTrue(model.schema().table("qsAuthorizationConsent").flatMap(t -> t.column("grantedScope")).isPresent(),
                "the quoted names as written: " + model.schema().tables());
        parity.assertParity("parity_quotedsnake_snake", model,
                List.of(dev.optionsdeep.migrate.it.parity.quotedsnake.QsConsent.class),
                Map.of("hibernate.physical_naming_strategy", NAMING_STRATEGY));
    }

    /**
     * The same under Hibernate 6.6, whose {@code CamelCaseToUnderscoresNamingStrategy} (what Spring Boot 3 sets)
     * converts quoted names too: {@code qs_authorization_consent}, {@code granted_scope}.
     */
    @Test
    void quotedNamesAreConvertedUnderHibernate66() throws Exception {
        HibernateLine six = HibernateLine.SUPPORTED.stream().filter(l -> l.name().equals("6.6")).findFirst().orElseThrow();
        Snapshot model = CorpusModel.snapshots(List.of("quotedsnake"), classes, "-Amigrate.hibernate=6.6",
                "-Amigrate.naming=snake_case").get("parity_quotedsnake");
        assertTrue(model.schema().table("qs_authorization_consent").flatMap(t -> t.column("granted_scope")).isPresent(),
                "the quoted names converted: " + model.schema().tables());
        try (ParityCheck sixParity = new ParityCheck(six)) {
            sixParity.assertParity("parity_quotedsnake_six", model,
                    List.of(dev.optionsdeep.migrate.it.parity.quotedsnake.QsConsent.class),
                    Map.of("hibernate.physical_naming_strategy",
                            "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));
        }
    }
}
