package dev.optionsdeep.migrate.executor;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The history's step lines are written without a regular expression now (the apply path's client CPU): they must
 * read exactly as the lines written before, which rows already in a history hold, and which a mismatch compares.
 */
class ChecksumOneLineTest {

    /** How the step lines were written before: the reference. */
    private static String before(String text) {
        String line = Pattern.compile("\\s+").matcher(text.strip()).replaceAll(" ").replace("( ", "(").replace(" )", ")");
        return line.length() > 1000 ? line.substring(0, 997) + "..." : line;
    }

    @Test
    void readsAsTheRegularExpressionWrote() {
        List<String> texts = new ArrayList<>(List.of("", " ", "\n\t ", "CREATE TABLE t (\n    id bigint NOT NULL,\n"
                + "    CONSTRAINT t_pkey PRIMARY KEY (id)\n)", "  a  b\t\tc\r\n d\u000B\fe  ", "( x )", "(  x  )", "( )",
                "\u3000 a \u3000", "a\u2028b", "a\u00A0 b", "\u001Ca\u001F", "x ".repeat(600), "(".repeat(1200)));
        Random random = new Random(12);
        String alphabet = " \t\n\r\u000B\f()ab\u3000\u00A0\u2028;";
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertEquals(before(text), Checksum.oneLine(text), () -> "for " + text.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void aStepsStatementsReadAsTheirJoinedTextWrote() {
        Random random = new Random(34);
        String alphabet = " \t\n\r\u000B\f()ab\u3000\u00A0\u2028\u001C;";
        for (int i = 0; i < 5000; i++) {
            List<String> sql = new ArrayList<>();
            for (int s = random.nextInt(4); s > 0; s--) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(12); n > 0; n--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                sql.add(text.toString());
            }
            assertEquals(before(String.join("; ", sql)), Checksum.oneLine(sql), () -> "for " + sql.stream()
                    .map(t -> t.codePoints().mapToObj(Integer::toHexString).toList().toString()).toList());
        }
        assertEquals(before(String.join("; ", List.of("x ".repeat(400), "( y )".repeat(200)))),
                Checksum.oneLine(List.of("x ".repeat(400), "( y )".repeat(200))));
    }

    @Test
    void aStepLineHoldsTheHashTheDescriptionAndTheSqlOnOneLine() {
        Checksum c = Checksum.of(new RevisionSteps(List.of(new RevisionSteps.Step("create table  t",
                List.of("CREATE TABLE t (\n    id bigint\n)", "CREATE INDEX ix ON t ( id )"))), true));
        String line = c.stepsText();
        assertEquals(c.steps().get(0).hash() + " create table t\tCREATE TABLE t (id bigint); CREATE INDEX ix ON t (id)\n", line);
    }
}
