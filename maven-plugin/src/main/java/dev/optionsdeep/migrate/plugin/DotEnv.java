package dev.optionsdeep.migrate.plugin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A {@code .env} file: {@code KEY=value} lines, {@code #} comments, an optional {@code export}
 * prefix, and values optionally in single or double quotes — the subset that shells and the
 * python-dotenv users of the seed write.
 */
record DotEnv(Map<String, String> values) {

    static final DotEnv EMPTY = new DotEnv(Map.of());

    DotEnv {
        values = Map.copyOf(values);
    }

    static DotEnv read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        return parse(lines(Files.readAllBytes(file), file), file);
    }

    /** The file's lines, read strictly as UTF-8 (a byte-order mark is skipped), or a message naming the bad line. */
    private static List<String> lines(byte[] bytes, Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            long line = 1 + IntStream.range(0, at).filter(i -> bytes[i] == '\n').count();
            throw new ConfigurationException(file + " line " + line + " is not valid UTF-8: byte 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + " cannot be read (the file was probably saved as"
                    + " Latin-1 or Windows-1252). Save the file as UTF-8, or write that line with ASCII characters only.");
        }
        String text = out.flip().toString();
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
    }

    static DotEnv parse(List<String> lines, Path source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ConfigurationException(source + " line " + (i + 1) + " is not KEY=value: " + lines.get(i).strip()
                        + ". Fix or remove that line.");
            }
            String name = line.substring(0, eq).strip();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                throw new ConfigurationException(source + " line " + (i + 1) + " names the variable '"
                        + printable(name) + "', which is not a variable name: use letters, digits and _ only.");
            }
            values.put(name, unquote(line.substring(eq + 1).strip()));
        }
        return new DotEnv(values);
    }

    /** {@code text} with control characters shown as {@code \\uXXXX}, so that a message never prints them raw. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        int comment = value.indexOf(" #");
        return comment < 0 ? value : value.substring(0, comment).strip();
    }

    String get(String key) {
        return values.get(key);
    }
}
