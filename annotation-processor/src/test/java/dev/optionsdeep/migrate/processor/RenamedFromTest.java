package dev.optionsdeep.migrate.processor;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import java.io.IOException;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code @RenamedFrom} hints: written beside the snapshot (which they leave alone), and refused where they cannot mean a rename. */
class RenamedFromTest {

    private static final String FIRM = """
            @Entity @Table(name = "firms")
            public class Firm {
                @Id private Long id;
                private String symbol;
                private String name;
            }
            """;

    @Test
    void hintsAreWrittenBesideTheSnapshotWhichStaysTheSame() throws IOException {
        Compilation plain = Sources.compileStrict(Sources.entity("Firm", FIRM));
        Compilation hinted = Sources.compileStrict(Sources.entity("Firm", FIRM
                .replace("@Entity @Table", "@dev.optionsdeep.migrate.RenamedFrom(\"companies\") @Entity @Table")
                .replace("private String symbol;", "@dev.optionsdeep.migrate.RenamedFrom(\"ticker\") private String symbol;")));

        assertThat(hinted).succeededWithoutWarnings();
        assertEquals(Sources.snapshot(plain, "default"), Sources.snapshot(hinted, "default"), "hints never change the snapshot");
        assertEquals("""
                {
                  "format": 1,
                  "database": "default",
                  "tables": [
                    {
                      "table": "firms",
                      "renamedFrom": "companies"
                    }
                  ],
                  "columns": [
                    {
                      "table": "firms",
                      "column": "symbol",
                      "renamedFrom": "ticker"
                    }
                  ]
                }
                """, hints(hinted));
        assertEquals("""
                {
                  "format": 1,
                  "database": "default",
                  "tables": [],
                  "columns": []
                }
                """, hints(plain), "written without hints too, so a removed hint is gone from the build output");
    }

    @Test
    void aHintOnAGetterUnderPropertyAccessNamesItsColumn() throws IOException {
        Compilation compilation = Sources.compileStrict(Sources.entity("Firm", """
                @Entity @Table(name = "firms")
                public class Firm {
                    private Long id;
                    private String symbol;
                    @Id public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    @dev.optionsdeep.migrate.RenamedFrom("ticker") @Column(name = "stock_symbol")
                    public String getSymbol() { return symbol; }
                    public void setSymbol(String symbol) { this.symbol = symbol; }
                }
                """));
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(true, hints(compilation).contains("\"column\": \"stock_symbol\",\n      \"renamedFrom\": \"ticker\""),
                hints(compilation));
    }

    @Test
    void aHintNamingTheCurrentNameIsAnError() {
        JavaFileObject source = Sources.entity("Firm", FIRM.replace("private String symbol;",
                "@dev.optionsdeep.migrate.RenamedFrom(\"symbol\") private String symbol;"));
        Compilation compilation = Sources.compileStrict(source);
        assertThat(compilation).hadErrorContaining("[MIGRATE-125] @RenamedFrom(\"symbol\") on Firm.symbol names the column's"
                + " current name symbol, so there is nothing to rename. Give the column's name before the rename, or"
                + " remove the hint").inFile(source).onLineContaining("RenamedFrom(\"symbol\")");
    }

    @Test
    void aTableHintNamingTheCurrentNameIsAnError() {
        JavaFileObject source = Sources.entity("Firm", FIRM.replace("@Entity @Table",
                "@dev.optionsdeep.migrate.RenamedFrom(\"firms\")\n@Entity @Table"));
        Compilation compilation = Sources.compileStrict(source);
        assertThat(compilation).hadErrorContaining("[MIGRATE-125] @RenamedFrom(\"firms\") on @Entity Firm names the table's"
                + " current name firms").inFile(source).onLineContaining("RenamedFrom(\"firms\")");
    }

    @Test
    void aBlankHintIsAnError() {
        JavaFileObject source = Sources.entity("Firm", FIRM.replace("private String name;",
                "@dev.optionsdeep.migrate.RenamedFrom(\" \") private String name;"));
        assertThat(Sources.compileStrict(source)).hadErrorContaining("[MIGRATE-125] @RenamedFrom(\" \") on Firm.name names no old"
                + " column").inFile(source).onLineContaining("RenamedFrom(\" \")");
    }

    @Test
    void twoHintsNamingOneOldColumnAreAnError() {
        JavaFileObject source = Sources.entity("Firm", FIRM
                .replace("private String symbol;", "@dev.optionsdeep.migrate.RenamedFrom(\"ticker\") private String symbol;")
                .replace("private String name;", "@dev.optionsdeep.migrate.RenamedFrom(\"ticker\") private String name;"));
        assertThat(Sources.compileStrict(source)).hadErrorContaining("[MIGRATE-125] @RenamedFrom(\"ticker\") on Firm.name names the"
                + " same old column as the hint on the attribute mapped to symbol").inFile(source)
                .onLineContaining("private String name;");
    }

    @Test
    void aHintOnATransientFieldHasNoEffectAndIsAnError() {
        JavaFileObject source = Sources.entity("Firm", FIRM.replace("private String name;",
                "@Transient @dev.optionsdeep.migrate.RenamedFrom(\"title\") private String name;"));
        assertThat(Sources.compileStrict(source)).hadErrorContaining("[MIGRATE-125] @RenamedFrom on name has no effect: it belongs"
                + " on an @Entity class (its table's old name) or on a persistent attribute of one that maps to a column")
                .inFile(source).onLineContaining("@Transient");
    }

    @Test
    void aHintOnAnEmbeddedAttributeIsAnError() {
        JavaFileObject address = Sources.entity("Address", """
                @Embeddable
                public class Address { private String street; private String city; }
                """);
        JavaFileObject source = Sources.entity("Firm", FIRM.replace("private String name;",
                "@dev.optionsdeep.migrate.RenamedFrom(\"address\") @Embedded private Address home;"));
        assertThat(Sources.compileStrict(address, source)).hadErrorContaining("[MIGRATE-125] @RenamedFrom on home of Firm names one"
                + " old column, but the attribute maps to several").inFile(source).onLineContaining("@Embedded");
    }

    private static String hints(Compilation compilation) throws IOException {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/migrate/default.renames.json")
                .orElseThrow().getCharContent(false).toString();
    }
}
