package dev.optionsdeep.migrate.processor.bind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Column definitions as legacy models write them, split into type and clauses. */
class DefinitionTextTest {

    /** written | type | default | nullability | unique | check | others, "-" for none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            boolean default false                       | boolean                  | false                   | -        | false | -              | []
            varchar(255) not null default 'NEW'         | varchar(255)             | 'NEW'                   | not null | false | -              | []
            TEXT                                        | TEXT                     | -                       | -        | false | -              | []
            int default 0 not null                      | int                      | 0                       | not null | false | -              | []
            numeric(19,2) DEFAULT 0.00                  | numeric(19,2)            | 0.00                    | -        | false | -              | []
            timestamp default current_timestamp         | timestamp                | current_timestamp       | -        | false | -              | []
            bigint unique                               | bigint                   | -                       | -        | true  | -              | []
            integer check (qty >= 0)                    | integer                  | -                       | -        | false | qty >= 0       | []
            uuid default gen_random_uuid()              | uuid                     | gen_random_uuid()       | -        | false | -              | []
            text[]                                      | text[]                   | -                       | -        | false | -              | []
            varchar(20) NULL                            | varchar(20)              | -                       | null     | false | -              | []
            double precision                            | double precision         | -                       | -        | false | -              | []
            character varying(64) NOT NULL UNIQUE       | character varying(64)    | -                       | not null | true  | -              | []
            timestamp with time zone DEFAULT now()      | timestamp with time zone | now()                   | -        | false | -              | []
            varchar (20)   default  'a b'  not  null    | varchar (20)             | 'a b'                   | not null | false | -              | []
            varchar(10) default 'not null'              | varchar(10)              | 'not null'              | -        | false | -              | []
            varchar(10) default 'it''s' null            | varchar(10)              | 'it''s'                 | null     | false | -              | []
            varchar(1) check (s in ('A', 'B)')) not null| varchar(1)               | -                       | not null | false | "s in ('A', 'B)')" | []
            int default (1 + (2 * 3)) check(x > 0)      | int                      | (1 + (2 * 3))           | -        | false | x > 0          | []
            int default null                            | int                      | null                    | -        | false | -              | []
            varchar(255) COLLATE utf8mb4_bin            | varchar(255)             | -                       | -        | false | -              | [COLLATE utf8mb4_bin]
            int(11) unsigned auto_increment             | int(11)                  | -                       | -        | false | -              | [unsigned, auto_increment]
            varchar(20) character set utf8              | varchar(20)              | -                       | -        | false | -              | [character set utf8]
            int generated always as identity            | int                      | -                       | -        | false | -              | [generated always as identity]
            """)
    void splitsTypeAndClauses(String written, String type, String defaultValue, String nullability, boolean unique,
                              String check, String others) {
        DefinitionText text = DefinitionText.parse(written).orElseThrow();
        assertEquals(type, text.type());
        assertEquals(none(defaultValue), text.defaultValue());
        assertEquals(none(nullability), text.nullability());
        assertEquals(unique, text.unique());
        assertEquals(none(check), text.check());
        assertEquals(others, text.others().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"varchar(10", "varchar(10) default 'x", "int check (a > 0))", "text default \"x"})
    void unclosedQuotesAndParenthesesAreNotRead(String written) {
        assertEquals(Optional.empty(), DefinitionText.parse(written));
    }

    private static String none(String value) {
        return value.equals("-") ? null : value;
    }
}
