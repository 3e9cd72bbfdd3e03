package dev.optionsdeep.migrate.it.parity.idclassonly;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of the latest reading: the time stays an ordinary column. */
public class IcoLatestKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID sensorId;
    private int channel;

    @Override
    public boolean equals(Object o) {
        return o instanceof IcoLatestKey k && Objects.equals(sensorId, k.sensorId) && channel == k.channel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sensorId, channel);
    }
}
