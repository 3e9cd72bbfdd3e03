package dev.optionsdeep.migrate.processor;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PhysicalNamesTest {

    @Test
    void unquotedNamesFoldToLowerCaseAsPostgresqlFoldsThem() {
        assertEquals("companyname", PhysicalNames.declared("companyName").name());
        assertEquals("company_name", PhysicalNames.declared(" COMPANY_NAME ").name());
    }

    @Test
    void onlyAsciiLettersFoldAsInAUtf8Database() {
        assertEquals("ÄÖé_x", PhysicalNames.declared("ÄÖé_X").name());
    }

    @Test
    void quotedNamesKeepTheirCaseWhicheverQuotesAreUsed() {
        assertEquals("Company", PhysicalNames.declared("\"Company\"").name());
        assertEquals("Company", PhysicalNames.declared("`Company`").name());
        assertEquals("Company", PhysicalNames.declared("[Company]").name());
    }

    @Test
    void namesHibernateMustQuoteKeepTheirCase() {
        assertEquals("My Col", PhysicalNames.declared("My Col").name());
        assertEquals("1Abc", PhysicalNames.declared("1Abc").name());
    }

    @Test
    void aDollarNameIsFineInLowerCaseAndRejectedInMixedCase() {
        assertEquals("price$usd", PhysicalNames.declared("price$usd").name());
        assertFalse(PhysicalNames.declared("Price$Usd").ok());
        assertEquals("Price$Usd", PhysicalNames.declared("\"Price$Usd\"").name());
    }

    @Test
    void blankAndUnescapableNamesAreRejected() {
        assertFalse(PhysicalNames.declared("  ").ok());
        assertFalse(PhysicalNames.declared("\"a\"b\"").ok());
    }

    @Test
    void referencesAreFoldedUnlessQuoted() {
        assertEquals("ticker", PhysicalNames.referenced("TICKER").name());
        assertEquals("Ticker", PhysicalNames.referenced("\"Ticker\"").name());
        assertEquals("my col", PhysicalNames.referenced("My Col").name(), "PostgreSQL folds what is not quoted");
    }

    @Test
    void namesAreCutTo63BytesWithoutSplittingACharacter() {
        String ascii = "a".repeat(70);
        assertEquals("a".repeat(63), PhysicalNames.truncate(ascii));

        String twoByteChars = "é".repeat(40); // 80 bytes; 31 characters make 62 bytes, a 32nd would make 64
        String cut = PhysicalNames.truncate(twoByteChars);
        assertEquals("é".repeat(31), cut);
        assertEquals(62, cut.getBytes(StandardCharsets.UTF_8).length);

        String emoji = "x".repeat(61) + "😀"; // 61 + 4 bytes: the emoji does not fit and is not split
        assertEquals("x".repeat(61), PhysicalNames.truncate(emoji));

        String threeByteChars = "x" + "中".repeat(21); // 1 + 63 bytes: 20 characters fit after the x, 61 bytes
        assertEquals("x" + "中".repeat(20), PhysicalNames.truncate(threeByteChars));
        assertEquals("中".repeat(21), PhysicalNames.truncate("中".repeat(21))); // exactly 63 bytes: kept whole

        String loneSurrogate = "x".repeat(62) + "\uD800y"; // UTF-8 writes a lone surrogate as one byte, '?'
        assertEquals("x".repeat(62) + "\uD800", PhysicalNames.truncate(loneSurrogate));
    }

    @Test
    void constraintNamesFollowPostgresqlsSchemeAndAreCut() {
        assertEquals("companies_ticker_exchange_key",
                PhysicalNames.constraintName("companies", List.of("ticker", "exchange"), "key"));
        assertEquals("companies_pkey", PhysicalNames.primaryKeyName("companies"));
    }

    /** PostgreSQL 15's own names for unnamed constraints of long names (read back from pg_constraint). */
    @Test
    void longConstraintNamesAreCutAsPostgresqlCutsThem() {
        String t = "t".repeat(40);
        String c = "c".repeat(40);
        assertEquals("t".repeat(29) + "_" + "c".repeat(29) + "_key", PhysicalNames.constraintName(t, List.of(c), "key"));
        assertEquals("t".repeat(28) + "_" + "c".repeat(28) + "_check", PhysicalNames.constraintName(t, List.of(c), "check"));
        assertEquals("p".repeat(58) + "_pkey", PhysicalNames.primaryKeyName("p".repeat(62)));
        assertEquals("p".repeat(57) + "_check", PhysicalNames.objectName("p".repeat(62), null, "check"));
        // Three bytes a character: each part cut back to a whole one.
        assertEquals("입력_청약자격점검__소득세5년이상납부여_check",
                PhysicalNames.constraintName("입력_청약자격점검_생애최초", List.of("소득세5년이상납부여부"), "check"));
        assertEquals("입력_청약자격점검_생애최초_청약자격점검id_key",
                PhysicalNames.constraintName("입력_청약자격점검_생애최초", List.of("청약자격점검id"), "key"));
    }
}
