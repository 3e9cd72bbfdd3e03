package dev.optionsdeep.migrate.it.parity.kindbase;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** The key of a reading: which device, which channel, when. */
public class KbReadingKey implements Serializable {

    String deviceId;
    String channel;
    LocalDateTime takenAt;

    @Override
    public boolean equals(Object o) {
        return o instanceof KbReadingKey k && Objects.equals(deviceId, k.deviceId) && Objects.equals(channel, k.channel)
                && Objects.equals(takenAt, k.takenAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceId, channel, takenAt);
    }
}
