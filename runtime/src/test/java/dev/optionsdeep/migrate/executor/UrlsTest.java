package dev.optionsdeep.migrate.executor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** URLs as messages and logs show them: every secret-bearing parameter masked, not only password=. */
class UrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://h:5432/db?password=s3cret|jdbc:postgresql://h:5432/db?password=****",
        "jdbc:postgresql://h/db?sslmode=verify-full&sslpassword=s3cret&ssl=true|jdbc:postgresql://h/db?sslmode=verify-full&sslpassword=****&ssl=true",
        "jdbc:postgresql://h/db?PASSWORD=s3cret&user=u|jdbc:postgresql://h/db?PASSWORD=****&user=u",
        "jdbc:postgresql://h/db?user=u&SslPassword=s3cret|jdbc:postgresql://h/db?user=u&SslPassword=****",
        "jdbc:postgresql://h/db?authToken=s3cret&clientSecret=s3cret|jdbc:postgresql://h/db?authToken=****&clientSecret=****",
        "jdbc:postgresql://admin:s3cret@h:5432/db|jdbc:postgresql://admin:****@h:5432/db",
        "jdbc:postgresql://h:5432/db?user=u&sslmode=require|jdbc:postgresql://h:5432/db?user=u&sslmode=require"})
    void everySecretBearingParameterIsMasked(String url, String shown) {
        assertEquals(shown, Urls.withoutSecrets(url));
        if (!url.contains("@")) {
            assertEquals(shown, new ConnectionSettings(url, "u", "pw").displayUrl());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://h/db?sslpassword=one&password=two|one,two",
        "jdbc:postgresql://admin:three@h/db|three",
        "jdbc:postgresql://h/db?password=|''"})
    void theSecretsAreKnownSoThatMessagesQuotingThemAreCleaned(String url, String secrets) {
        assertEquals(secrets.isEmpty() ? List.of() : List.of(secrets.split(",")), Urls.secrets(url));
    }
}
