package dev.optionsdeep.migrate.it.parity.idclassonly;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a reading: the time is part of it, though the superclass does not say so. */
public class IcoReadingKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID sensorId;
    private int channel;
    private long takenAt;

    @Override
    public boolean equals(Object o) {
        return o instanceof IcoReadingKey k && Objects.equals(sensorId, k.sensorId) && channel == k.channel
                && takenAt == k.takenAt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sensorId, channel, takenAt);
    }
}
