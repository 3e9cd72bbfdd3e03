package dev.optionsdeep.migrate.it.parity.iot;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public class TsKvCompositeKey implements Serializable {

    private UUID entityId;
    private int key;
    private long ts;

    @Override
    public boolean equals(Object o) {
        return o instanceof TsKvCompositeKey k && k.key == key && k.ts == ts && Objects.equals(k.entityId, entityId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, key, ts);
    }
}
