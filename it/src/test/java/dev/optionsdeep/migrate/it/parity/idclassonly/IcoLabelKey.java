package dev.optionsdeep.migrate.it.parity.idclassonly;

import java.io.Serializable;
import java.util.Objects;

/** A label's key: its text and its revision. */
public class IcoLabelKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private Integer revision;
    /** Not persistent: a transient field of the id class names no key column. */
    private transient String display;

    @Override
    public boolean equals(Object o) {
        return o instanceof IcoLabelKey k && Objects.equals(text, k.text) && Objects.equals(revision, k.revision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, revision);
    }
}
