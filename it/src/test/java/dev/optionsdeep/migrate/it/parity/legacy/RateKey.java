package dev.optionsdeep.migrate.it.parity.legacy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The {@code @IdClass} of a rate: region and the date it takes effect. */
public class RateKey implements Serializable {

    private String region;

    private LocalDate effective;

    @Override
    public boolean equals(Object o) {
        return o instanceof RateKey k && Objects.equals(region, k.region) && Objects.equals(effective, k.effective);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, effective);
    }
}
