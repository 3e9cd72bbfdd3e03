package dev.optionsdeep.migrate.plugin.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The code of one step before it is laid out: text, and the places where a long line may break
 * ({@code $W} and {@code $Z} in JavaPoet's terms). {@link StatementLayout} turns it into the lines of
 * the migration class.
 */
final class StepCode {

    /** Where a line may break: in place of a space, or where there is no space. */
    enum Break {
        SPACE, NONE
    }

    private final List<Object> pieces = new ArrayList<>();

    StepCode text(String text) {
        pieces.add(text);
        return this;
    }

    /** A space, or a line break when the line would run past its limit. */
    StepCode space() {
        pieces.add(Break.SPACE);
        return this;
    }

    /** Nothing, or a line break when the line would run past its limit. */
    StepCode mayBreak() {
        pieces.add(Break.NONE);
        return this;
    }

    StepCode add(StepCode other) {
        pieces.addAll(other.pieces);
        return this;
    }

    List<Object> pieces() {
        return pieces;
    }
}
