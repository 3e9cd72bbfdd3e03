package dev.optionsdeep.migrate.schema;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CheckExpressionsTest {

    @Test
    void whitespaceKeywordCaseAndOuterParenthesesAreCosmetic() {
        assertEquals("status in('A','B')", CheckExpressions.normalise("((Status  IN ( 'A',\n 'B' )))"));
        assertEquals("level between 0 and 2", CheckExpressions.normalise("level BETWEEN 0 AND 2"));
        assertEquals("(a>0)and(b is not null)", CheckExpressions.normalise("(a > 0) AND (b IS NOT NULL)"));
    }

    @Test
    void literalsAndQuotedNamesAreKeptAsWritten() {
        assertEquals("\"Status\"='Paid  Up'", CheckExpressions.normalise("\"Status\" = 'Paid  Up'"));
        assertEquals("name<>'It''s (A)'", CheckExpressions.normalise("NAME <> 'It''s (A)'"));
        assertEquals("name<>e'a\\' B'", CheckExpressions.normalise("Name <> E'a\\' B'"));
        assertNotEquals(CheckExpressions.normalise("status = 'a'"), CheckExpressions.normalise("status = 'A'"));
        assertNotEquals(CheckExpressions.normalise("\"A\" > 0"), CheckExpressions.normalise("\"a\" > 0"));
    }

    @Test
    void onlyParenthesesAroundTheWholeExpressionGo() {
        assertEquals("(a>0)or(b>0)", CheckExpressions.normalise("(a > 0) OR (b > 0)"));
        assertEquals("a in(')(')", CheckExpressions.normalise("(a in (')('))"));
    }

    @Test
    void wordsStaySeparated() {
        assertNotEquals(CheckExpressions.normalise("a or b"), CheckExpressions.normalise("aor b"));
        assertEquals("x is not null", CheckExpressions.normalise("x   IS\tNOT\nNULL"));
    }

    @Test
    void checksAreEqualWhenNameAndNormalisedExpressionAre() {
        CheckConstraint written = new CheckConstraint("orders_status_check", "status in ('NEW','PAID')");
        CheckConstraint reformatted = new CheckConstraint("orders_status_check", "(STATUS IN ('NEW', 'PAID'))");
        assertEquals(written, reformatted);
        assertEquals(written.hashCode(), reformatted.hashCode());
        assertNotEquals(written, new CheckConstraint("orders_status_check", "status in ('NEW','paid')"));
        assertNotEquals(written, new CheckConstraint("orders_status_check2", "status in ('NEW','PAID')"));
    }
}
