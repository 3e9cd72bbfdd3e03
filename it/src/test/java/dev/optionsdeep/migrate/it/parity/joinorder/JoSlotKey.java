package dev.optionsdeep.migrate.it.parity.joinorder;

import java.io.Serializable;
import java.util.Objects;

public class JoSlotKey implements Serializable {

    private Long rack;
    private Short level;
    private String bin;

    @Override
    public boolean equals(Object o) {
        return o instanceof JoSlotKey k && Objects.equals(rack, k.rack) && Objects.equals(level, k.level)
                && Objects.equals(bin, k.bin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rack, level, bin);
    }
}
