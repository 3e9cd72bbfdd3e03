package dev.optionsdeep.migrate.plugin.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.lang.model.SourceVersion;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionNamesTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T02:46:35.918Z");

    @Test
    void classNameIsUtcTimeThenMessageInUpperCamelCase() {
        assertEquals("V20261124_024635_CreateCompaniesTable",
                RevisionNames.className(CREATED, "Create companies table"));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "add stock_symbol_type                  | AddStockSymbolType",
            "Add index (ticker, exchange)!          | AddIndexTickerExchange",
            "  drop   legacy--columns.  v2          | DropLegacyColumnsV2",
            "keep HTTPServer and iOS as written     | KeepHTTPServerAndIOSAsWritten",
            "2 new columns                          | 2NewColumns",
            "don't drop data                        | DontDropData",
            "Créer la table société                 | CreerLaTableSociete",
            "Ünïcödé → ASCII ✓                      | UnicodeASCII",
            "株価テーブルを追加                        | Revision",
            "'!?'                                   | Revision",
            "``                                     | Revision",
    })
    void messageKeepsItsAsciiLettersAndDigits(String message, String expected) {
        assertEquals("V20261124_024635_" + expected, RevisionNames.className(CREATED, message));
    }

    @Test
    void missingMessageGivesRevision() {
        assertEquals("V20261124_024635_Revision", RevisionNames.className(CREATED, null));
    }

    @Test
    void longMessageIsCutAtAWordWithinTheLimit() {
        String message = "add the columns that the quarterly options volatility report needs for every exchange";

        String name = RevisionNames.className(CREATED, message);

        assertEquals("V20261124_024635_AddTheColumnsThatTheQuarterlyOptionsVolatilityReportNeedsFor", name);
        assertTrue(name.length() - "V20261124_024635_".length() <= RevisionNames.MAX_MESSAGE_LENGTH);
    }

    @Test
    void singleOverlongWordIsCutAtTheLimit() {
        String name = RevisionNames.className(CREATED, "x".repeat(200));

        assertEquals("V20261124_024635_X" + "x".repeat(RevisionNames.MAX_MESSAGE_LENGTH - 1), name);
    }

    @Test
    void classNameIsAValidJavaIdentifier() {
        for (String message : new String[] {"class", "2", "", "Create companies table"}) {
            String name = RevisionNames.className(CREATED, message);
            assertTrue(SourceVersion.isName(name), name);
        }
    }

    @Test
    void revisionIdIsTwelveLowercaseHexDigits() {
        SplittableRandom random = new SplittableRandom(20261124);
        for (int i = 0; i < 1000; i++) {
            String id = RevisionNames.newRevisionId(random);
            assertTrue(id.matches("[0-9a-f]{12}"), id);
        }
    }

    @Test
    void revisionIdKeepsLeadingZeros() {
        RandomGenerator zeros = () -> 0L;
        RandomGenerator ones = () -> -1L;

        assertEquals("000000000000", RevisionNames.newRevisionId(zeros));
        assertEquals("ffffffffffff", RevisionNames.newRevisionId(ones));
    }

    @Test
    void revisionIdIsDeterministicForTheSameGenerator() {
        assertEquals(RevisionNames.newRevisionId(new SplittableRandom(7)),
                RevisionNames.newRevisionId(new SplittableRandom(7)));
    }

    @Test
    void revisionIdsDoNotRepeat() {
        SplittableRandom random = new SplittableRandom(42);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RevisionNames.newRevisionId(random));
        }
        assertEquals(10_000, ids.size());
    }
}
