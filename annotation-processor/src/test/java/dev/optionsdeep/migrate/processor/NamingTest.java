package dev.optionsdeep.migrate.processor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The snake_case naming, as Hibernate 7's {@code PhysicalNamingStrategySnakeCaseImpl} and Spring
 * Boot's default {@code CamelCaseToUnderscoresNamingStrategy} apply it.
 */
class NamingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // Spring Boot's own test (SpringPhysicalNamingStrategyTests): an entity TelephoneNumber.
            "TelephoneNumber, telephone_number",
            // Hibernate's test of HHH-17310 (CamelCaseToUnderscoresNamingStrategyTest): digits count as lower case.
            "wordWithDigitD1, word_with_digit_d1",
            "AbcdEfghI21, abcd_efgh_i21",
            "hello1, hello1",
            "hello1D2, hello1_d2",
            "hello3d4, hello3d4",
            // Checked against Hibernate 7.4's export: an upper-case letter needs a lower-case letter or digit on both sides.
            "URL, url",
            "myURL, myurl",
            "URLValue, urlvalue",
            "HTTPServer, httpserver",
            "aB, ab",
            "x9Y, x9y",
            "A, a",
            "under_Score, under_score",
            "with$Dollar, with$dollar",
            "streetName, street_name",
            "companyName, company_name",
            // Every alphabet is folded, not only ASCII as PostgreSQL does.
            "äpfelBirne, äpfel_birne",
            "ÄrgerWert, ärger_wert",
    })
    void camelCaseBecomesSnakeCase(String written, String physical) {
        assertEquals(physical, Naming.snakeCase(written));
        assertEquals(physical, Naming.SNAKE_CASE.declared(written).name());
    }

    /** The rule as Hibernate's source words it: scan once, inserting as it goes. */
    private static String insertingAsItScans(String name) {
        StringBuilder b = new StringBuilder(name.replace('.', '_'));
        for (int i = 1; i < b.length() - 1; i++) {
            char before = b.charAt(i - 1);
            char after = b.charAt(i + 1);
            if ((Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(b.charAt(i))
                    && (Character.isLowerCase(after) || Character.isDigit(after))) {
                b.insert(i, '_');
                i++;
            }
        }
        return b.toString().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theRuleGivesWhatScanningAndInsertingGivesForEveryShortName() {
        char[] alphabet = {'a', 'B', '1', '_', '.', 'é', 'É'};
        List<String> names = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 5; length++) {
            List<String> longer = new ArrayList<>();
            for (String n : names) {
                if (n.length() == length - 1) {
                    for (char c : alphabet) {
                        longer.add(n + c);
                    }
                }
            }
            names.addAll(longer);
        }
        for (String name : names) {
            assertEquals(insertingAsItScans(name), Naming.snakeCase(name), name);
        }
        assertEquals(1 + 7 + 49 + 343 + 2401 + 16807, names.size());
    }

    @Test
    void quotedNamesAreKeptWhenBothHibernateVersionsAgree() {
        assertEquals("quoted_name", Naming.SNAKE_CASE.declared("\"quoted_name\"").name());
        assertEquals("dotted_name", Naming.SNAKE_CASE.declared("`dotted_name`").name());
    }

    /**
     * Hibernate 7's snake-case strategy keeps a quoted name as written, 6.6's {@code CamelCaseToUnderscoresNamingStrategy}
     * converts it (their sources; Spring Authorization Server's {@code "`authorizationConsent`"}).
     */
    @Test
    void quotedNamesAreKeptByHibernate7AndConvertedBy66() {
        assertEquals("QuotedName", Naming.SNAKE_CASE.declared("\"QuotedName\"").name());
        assertEquals("authorizationConsent", Naming.SPRING.declared("`authorizationConsent`").name());
        assertEquals(Naming.SNAKE_CASE, Naming.SNAKE_CASE.forLine(HibernateLine.V7_2));
        assertEquals(Naming.JPA, Naming.JPA.forLine(HibernateLine.V6_6));
        assertEquals("quoted_name", Naming.SNAKE_CASE.forLine(HibernateLine.V6_6).declared("\"QuotedName\"").name());
        assertEquals("authorization_consent", Naming.SPRING.forLine(HibernateLine.V6_6)
                .declared("`authorizationConsent`").name());
        assertEquals("post_tags", Naming.SPRING.forLine(HibernateLine.V6_6).joinTable("post", "tags", "tag"));
        assertEquals("LastName", Naming.SNAKE_CASE.referenced("\"LastName\"").name());
        assertEquals("last_name", Naming.SNAKE_CASE.forLine(HibernateLine.V6_6).referenced("\"LastName\"").name());
    }

    @Test
    void namesHibernateQuotesItselfAreRejectedWhenTheLinesDisagree() {
        PhysicalNames.Resolved quoted = Naming.SNAKE_CASE.declared("Quoted-ColumnName");
        assertFalse(quoted.ok(), "not an identifier: Hibernate quotes it");
        assertTrue(quoted.problem().contains("Hibernate 7 quotes Quoted-ColumnName and keeps it as written while"
                + " Hibernate 6 converts it (quoted-column_name)"), quoted.problem());
        assertEquals("company_name", Naming.snakeCase("company.name"));
        assertFalse(Naming.SNAKE_CASE.declared("company.name").ok(), "Hibernate 7 quotes it and keeps the dot, 6 does not");
        assertFalse(Naming.SNAKE_CASE.declared("  ").ok());
    }

    @Test
    void referencesInIndexesAreConvertedLikeTheColumnsTheyName() {
        assertEquals("last_name", Naming.SNAKE_CASE.referenced(" lastName ").name());
        assertEquals("last_name", Naming.SNAKE_CASE.referenced("last_name").name());
        assertEquals("LastName", Naming.SNAKE_CASE.referenced("\"LastName\"").name());
        assertEquals("lastname", Naming.JPA.referenced("lastName").name());
    }

    @Test
    void theDefaultNamingIsHibernatesAndFoldsAsPostgresqlDoes() {
        assertEquals("companyname", Naming.JPA.declared("companyName").name());
        // Absent, the processor finds the naming (SpringBootNaming): Hibernate's default outside Spring Boot.
        assertEquals(null, ProcessorOptions.of(java.util.Map.of()).naming());
        assertEquals("auto", ProcessorOptions.of(java.util.Map.of()).namingOption());
        assertEquals(Naming.SPRING, ProcessorOptions.of(java.util.Map.of("migrate.naming", "spring")).naming());
        assertEquals(Naming.SNAKE_CASE, ProcessorOptions.of(java.util.Map.of("migrate.naming", " Snake_Case ")).naming());
        assertEquals(null, ProcessorOptions.of(java.util.Map.of("migrate.naming", "camel")).naming());
    }
}
