package dev.optionsdeep.migrate.it;

/** Model changes the tests make to the example, as a developer would type them. */
final class Entities {

    static final String COMPANY = "src/main/java/com/optionsdeep/equities/Company.java";
    static final String STOCK_PRICE = "src/main/java/com/optionsdeep/equities/StockPrice.java";

    /** Where a new field goes in Company. */
    static final String AFTER_UPDATED_AT = "    private Instant updatedAt;\n";

    static String stockSymbolType(int length) {
        return AFTER_UPDATED_AT + "\n    @Column(name = \"stock_symbol_type\", length = " + length + ")\n"
                + "    private String stockSymbolType;\n";
    }

    /** The seed's stock_prices table. */
    static final String STOCK_PRICE_SOURCE = """
            package com.optionsdeep.equities;

            import jakarta.persistence.Column;
            import jakarta.persistence.Entity;
            import jakarta.persistence.GeneratedValue;
            import jakarta.persistence.GenerationType;
            import jakarta.persistence.Id;
            import jakarta.persistence.Table;

            import java.math.BigDecimal;
            import java.time.LocalDate;

            /** A day's closing price of a company's stock. */
            @Entity
            @Table(name = "stock_prices")
            public class StockPrice {

                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;

                @Column(nullable = false, length = 20)
                private String ticker;

                @Column(name = "trade_date", nullable = false)
                private LocalDate tradeDate;

                @Column(precision = 18, scale = 4)
                private BigDecimal close;
            }
            """;

    private Entities() {
    }
}
