package dev.optionsdeep.migrate.plugin;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTextTest {

    @Test
    void writesOneLineInTheGivenKeyOrder() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("goal", "current");
        doc.put("behind", 2);
        doc.put("ms", 1234L);
        doc.put("ok", false);
        doc.put("current", null);
        doc.put("revisions", List.of(Map.of("message", "Say \"hi\"\nthen go\\"), Arrays.asList("a", null)));
        assertEquals("{\"goal\":\"current\",\"behind\":2,\"ms\":1234,\"ok\":false,\"current\":null,"
                + "\"revisions\":[{\"message\":\"Say \\\"hi\\\"\\nthen go\\\\\"},[\"a\",null]]}", JsonText.write(doc));
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> JsonText.write(new Object()));
    }
}
