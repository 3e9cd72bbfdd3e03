package dev.optionsdeep.migrate.plugin.graph;

import dev.optionsdeep.migrate.schema.Column;
import dev.optionsdeep.migrate.schema.ForeignKey;
import dev.optionsdeep.migrate.schema.PrimaryKey;
import dev.optionsdeep.migrate.schema.Schema;
import dev.optionsdeep.migrate.schema.Table;
import dev.optionsdeep.migrate.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaDiagramTest {

    private static Table companies() {
        return new Table("companies", List.of(
                new Column("id", "bigint", false, true),
                new Column("ticker", "character varying(20)", false, false),
                Column.of("sector", "text")),
                new PrimaryKey("companies_pkey", List.of("id")),
                List.of(new UniqueConstraint("companies_ticker_key", List.of("ticker"))), List.of());
    }

    private static Table stockPrices() {
        return new Table("stock_prices", List.of(
                new Column("id", "bigint", false, true),
                new Column("company_id", "bigint", false, false),
                new Column("close", "numeric(38,2)", true, false)),
                new PrimaryKey("stock_prices_pkey", List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("stock_prices_company_id_fkey", List.of("company_id"), "companies", List.of("id"))),
                List.of());
    }

    private static Table notes() {
        return new Table("research.notes", List.of(
                new Column("id", "uuid", false, false),
                Column.of("company_id", "bigint"),
                Column.of("parent_id", "uuid")),
                new PrimaryKey("notes_pkey", List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("notes_company_id_fkey", List.of("company_id"), "companies", List.of("id")),
                        new ForeignKey("notes_parent_id_fkey", List.of("parent_id"), "research.notes", List.of("id"))),
                List.of());
    }

    private static final Schema SCHEMA = new Schema(List.of(stockPrices(), companies(), notes()));

    @Test
    void mermaidHasEveryTableColumnKeyAndForeignKey() {
        assertEquals("""
                erDiagram
                    companies {
                        bigint id PK
                        character_varying_20_ ticker UK "character varying(20)"
                        text sector
                    }
                    research_notes {
                        uuid id PK
                        bigint company_id FK
                        uuid parent_id FK
                    }
                    stock_prices {
                        bigint id PK
                        bigint company_id FK
                        numeric_38_2_ close "numeric(38,2)"
                    }
                    research_notes }o--o| companies : "notes_company_id_fkey"
                    research_notes }o--o| research_notes : "notes_parent_id_fkey"
                    stock_prices }o--|| companies : "stock_prices_company_id_fkey"
                """, new SchemaDiagram(SCHEMA).mermaid());
    }

    @Test
    void svgPutsTheTablesOnAGridInNameOrderWithALinePerForeignKey() {
        String svg = new SchemaDiagram(SCHEMA).svg("Tables");
        Matcher m = Pattern.compile("<g class=\"table\" id=\"table-([\\w.]+)\">\n<rect class=\"box\" x=\"([\\d.]+)\" y=\"([\\d.]+)\"")
                .matcher(svg);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) + "@" + m.group(2) + "," + m.group(3));
        }
        // Three tables: two grid columns; the second row starts below the taller of the first row's boxes.
        double companiesWidth = TableBox.of(companies()).width();
        double firstRow = Math.max(TableBox.of(companies()).height(), TableBox.of(notes()).height());
        assertEquals(List.of("companies@16,16", "research.notes@" + Svg.num(16 + companiesWidth + TableGrid.COLUMN_GAP) + ",16",
                "stock_prices@16," + Svg.num(16 + firstRow + TableGrid.ROW_GAP)), found);
        assertEquals(3, RevisionDiagramTest.count(svg, "<path class=\"relationship\""), svg);
        assertTrue(svg.contains("<title>stock_prices_company_id_fkey: stock_prices (company_id) references companies(id)</title>"));
        assertTrue(svg.contains(">PK</text>") && svg.contains(">FK</text>") && svg.contains(">UK</text>"), svg);
        assertTrue(svg.contains(">character varying(20) not null</text>"), svg);
        assertTrue(svg.contains(">bigint identity not null</text>"), svg);
    }

    @Test
    void aBoxIsAsWideAsItsLongestRow() {
        TableBox box = TableBox.of(companies());
        // 9 characters of key marks, "ticker" (6), 2 spaces, "character varying(20) not null" (30), and padding.
        assertEquals(Svg.width(9 + 6 + 2 + 30) + 2 * TableBox.PADDING, box.width());
        assertEquals(TableBox.HEADER + 3 * TableBox.ROW + TableBox.PADDING / 2, box.height());
        assertEquals(TableBox.HEADER + TableBox.ROW * 1.5, box.rowCentre("ticker"));
    }

    @Test
    void anEmptySchemaIsAnEmptyPicture() {
        assertEquals("erDiagram\n", new SchemaDiagram(Schema.EMPTY).mermaid());
        assertTrue(new SchemaDiagram(Schema.EMPTY).svg("none").contains("height=\"32\""));
    }
}
