package dev.optionsdeep.migrate.introspect;

import java.util.ArrayList;
import java.util.List;

/** What the model cannot say, collected while reading; sorted at the end so readings compare. */
final class Findings {

    private final List<String> entries = new ArrayList<>();

    /** {@code subject} followed by why the model cannot express it. */
    void notModelled(String subject) {
        entries.add(subject + ", which Migrate does not model yet");
    }

    /** An entry that needs its own wording (something read approximately, something broken). */
    void add(String entry) {
        entries.add(entry);
    }

    List<String> sorted() {
        return entries.stream().sorted().toList();
    }
}
