package dev.optionsdeep.migrate.it.parity.legacy;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.TreeMap;

/** The bands of a tariff, kept as one serialized object, as the old system stored them. */
public class TariffSchedule implements Serializable {

    private final TreeMap<Integer, BigDecimal> bands = new TreeMap<>();

    public BigDecimal rate(int amount) {
        var band = bands.floorEntry(amount);
        return band == null ? BigDecimal.ZERO : band.getValue();
    }
}
