package dev.optionsdeep.migrate.processor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the processor's sources in the shape a newcomer can follow (issue #14): short methods, focused
 * classes, and the stages' direction (read knows nothing of bind). A plain scan of the source text, which
 * relies on the project's formatting: a member's body closes on a line holding only its indented brace.
 */
class SourceShapeTest {

    static final int MAX_METHOD_LINES = 60;
    static final int MAX_FILE_LINES = 350;

    private static final Path MAIN = Path.of("src/main/java/dev/optionsdeep/migrate/processor");
    /** A method or constructor header's first line: indentation, modifiers and type, a name, an opening parenthesis. */
    private static final Pattern HEADER = Pattern.compile(
            "^((?: {4})+)(?:(?:public|protected|private|static|final|abstract|synchronized|default)\\s+)*"
                    + "(?:<[^>]+>\\s+)?(?:[\\w.<>\\[\\], ?]+\\s+)?(\\w+)\\s*\\(");
    private static final Pattern TYPE = Pattern.compile("\\b(class|record|enum|interface)\\s+\\w+");
    private static final List<String> NOT_A_NAME = List.of("if", "for", "while", "switch", "catch", "return", "new",
            "throw", "else", "try", "synchronized", "super", "this");

    @Test
    void noMethodIsLongerThanSixtyLines() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            List<String> lines = lines(file);
            for (Method m : methods(lines)) {
                if (m.length() > MAX_METHOD_LINES) {
                    tooLong.add(MAIN.relativize(file) + ":" + (m.first() + 1) + " " + m.name() + " has " + m.length()
                            + " lines");
                }
            }
        }
        assertEquals(List.of(), tooLong, "methods over " + MAX_METHOD_LINES + " lines; split them by what they decide");
    }

    @Test
    void noSourceFileIsLongerThanItsLimit() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            int n = lines(file).size();
            if (n > MAX_FILE_LINES) {
                tooLong.add(MAIN.relativize(file) + " has " + n + " lines");
            }
        }
        assertEquals(List.of(), tooLong, "files over " + MAX_FILE_LINES + " lines; give each concern its class");
    }

    /**
     * Bind takes typed records and values from the read stage (issue #14): it never looks an annotation up on
     * the compiler's elements, by name or otherwise, nor reads an annotation's values itself. It keeps an
     * annotation's mirror only to point a problem at it.
     */
    private static final Pattern LOOKUP = Pattern.compile("JpaAnnotations\\.(find|has|findRepeated|findHibernate|hibernate"
            + "|derivesKey)\\(|getAnnotationMirrors\\(\\)|getAnnotation\\(|getAnnotationsByType\\(|getElementValues"
            + "|new Attributes\\(|\\(AnnotationMirror\\)");

    @Test
    void noBindClassLooksAnnotationsUp() {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            if (!file.startsWith(MAIN.resolve("bind"))) {
                continue;
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (LOOKUP.matcher(lines.get(i)).find()) {
                    wrong.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), wrong, "bind looks annotations up: take them from the read stage (read.Mapping)");
    }

    /** The rule above finds what it must, so that it cannot pass by finding nothing. */
    @Test
    void theLookupRuleFindsLookups() {
        for (String line : List.of("JpaAnnotations.find(field, \"Column\")", "e.getAnnotationMirrors()",
                "m.getElementValues().entrySet()", "new Attributes(m, elements)", "(AnnotationMirror) v.getValue()",
                "JpaAnnotations.hibernate(field, \"Type\")")) {
            assertTrue(LOOKUP.matcher(line).find(), line);
        }
        assertTrue(!LOOKUP.matcher("Mapping.of(field, elements).column()").find());
    }

    /**
     * Bind takes each annotation as a typed record of the read stage (issue #14): it never reads values by
     * attribute name, neither through {@code read.Attributes} nor through an accessor called with a name.
     * Comment lines are not code.
     */
    private static final Pattern NAME_KEYED = Pattern.compile("\\bAttributes\\b"
            + "|\\.(string|bool|integer|enumConstant|explicitValue|strings|nested|list|value)\\(\"");

    @Test
    void noBindClassReadsAnnotationValuesByName() {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            if (!file.startsWith(MAIN.resolve("bind"))) {
                continue;
            }
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String code = lines.get(i).strip();
                if (!isComment(code) && NAME_KEYED.matcher(code).find()) {
                    wrong.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + code);
                }
            }
        }
        assertEquals(List.of(), wrong, "bind reads annotation values by name: take the typed record from the read"
                + " stage (read.TableValues, read.MappingValues, read.ConstraintValues)");
    }

    /** The rule above finds what it must, so that it cannot pass by finding nothing. */
    @Test
    void theNameKeyedRuleFindsNameKeyedReads() {
        for (String line : List.of("import dev.optionsdeep.migrate.processor.read.Attributes;",
                "Attributes table = mapping.table().orElse(null);", "Optional<Attributes> found = named(field, name);",
                "table.string(\"name\").isEmpty()", "spec.bool(\"nullable\", true)", "c.integer(\"length\", 255)",
                "column.explicitValue(\"columnDefinition\")", "fk.enumConstant(\"value\", \"PROVIDER_DEFAULT\")",
                "table.nested(\"foreignKey\")", "table.list(\"indexes\")", "g.strings(\"columnNames\")")) {
            assertTrue(NAME_KEYED.matcher(line).find(), line);
        }
        for (String line : List.of("TableAnnotation table = mapping.declaredTable().orElse(null);", "table.name().isEmpty()",
                "column.written().get(\"length\")", "case STRING, CHARS -> string(size);")) {
            assertTrue(!NAME_KEYED.matcher(line).find(), line);
        }
        assertTrue(isComment("/** Attributes the user manages by hand. */") && isComment("* Attributes of it")
                && !isComment("Attributes a = null; // comment"));
    }

    private static boolean isComment(String stripped) {
        return stripped.startsWith("*") || stripped.startsWith("/*") || stripped.startsWith("//");
    }

    @Test
    void theReadStageDoesNotDependOnLaterStages() {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            if (!file.startsWith(MAIN.resolve("read"))) {
                continue;
            }
            for (String line : lines(file)) {
                if (line.contains("migrate.processor.bind") || line.contains("migrate.processor.check")
                        || line.contains("migrate.processor.write")) {
                    wrong.add(MAIN.relativize(file) + ": " + line.strip());
                }
            }
        }
        assertEquals(List.of(), wrong, "the read stage must not use bind, check or write");
    }

    /** The scan itself finds what it must, so that the rules above cannot pass by finding nothing. */
    @Test
    void theScanFindsMethodsAndTheirLength() {
        List<Method> found = methods(List.of(
                "class A {",
                "    A(int a) {",
                "        this.a = a;",
                "    }",
                "",
                "    private static <T> List<T> copy(List<T> in,",
                "                                    int n) throws IOException {",
                "        if (n > 0) {",
                "            return in;",
                "        }",
                "        return List.of();",
                "    }",
                "",
                "    enum E {",
                "        ONE(\"one\", 1),",
                "        TWO(\"two\", 2);",
                "",
                "        E(String s, int n) {",
                "        }",
                "    }",
                "}"));
        assertEquals(List.of("A:3", "copy:7", "E:2"), found.stream().map(m -> m.name() + ":" + m.length()).toList());
        assertTrue(sources().size() > 50, "the processor's sources are found");
    }

    record Method(String name, int first, int length) {
    }

    static List<Method> methods(List<String> lines) {
        List<Method> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = HEADER.matcher(lines.get(i));
            if (!m.find() || NOT_A_NAME.contains(m.group(2)) || lines.get(i).strip().startsWith("*")
                    || TYPE.matcher(lines.get(i)).find()) {
                continue;
            }
            int open = headerEnd(lines, i);
            if (open < 0) {
                continue;
            }
            String close = m.group(1) + "}";
            int end = open;
            while (end < lines.size() && !lines.get(end).equals(close)) {
                end++;
            }
            out.add(new Method(m.group(2), i, end - i + 1));
            i = end;
        }
        return out;
    }

    /** The line where the header starting at {@code first} opens its body, or -1 if it is no declaration with one. */
    private static int headerEnd(List<String> lines, int first) {
        int depth = 0;
        for (int i = first; i < lines.size() && i < first + 12; i++) {
            String line = lines.get(i);
            for (char c : line.toCharArray()) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            String trimmed = line.strip();
            if (depth == 0) {
                return trimmed.endsWith("{") && !trimmed.contains("=") && !trimmed.contains("->") ? i : -1;
            }
        }
        return -1;
    }

    static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
