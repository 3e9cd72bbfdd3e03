package dev.optionsdeep.migrate.it.parity.legacy;

import java.io.Serializable;
import java.util.Objects;

/** The {@code @IdClass} of a tariff: its code and version. */
public class TariffKey implements Serializable {

    private String code;
    private int version;

    @Override
    public boolean equals(Object o) {
        return o instanceof TariffKey k && k.version == version && Objects.equals(k.code, code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, version);
    }
}
