package dev.optionsdeep.migrate.change;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A column rename rewrites check expressions as PostgreSQL prints them afterwards. */
class ExpressionsTest {

    @Test
    void mentionsOfTheColumnAreRenamedAndNothingElse() {
        assertEquals("(length((symbol)::text) > 0)", Expressions.renameIdentifier("(length((ticker)::text) > 0)", "ticker", "symbol"));
        assertEquals("((symbol)::text <> 'ticker'::text)",
                Expressions.renameIdentifier("((ticker)::text <> 'ticker'::text)", "ticker", "symbol"), "not inside literals");
        assertEquals("((ticker_type > 0) AND (symbol > 1))",
                Expressions.renameIdentifier("((ticker_type > 0) AND (ticker > 1))", "ticker", "symbol"), "whole words only");
        assertEquals("(\"order\" > 0)", Expressions.renameIdentifier("(\"Order\" > 0)", "Order", "order"), "quoted as needed");
        assertEquals("('it''s ticker' <> symbol)", Expressions.renameIdentifier("('it''s ticker' <> ticker)", "ticker", "symbol"));
    }
}
