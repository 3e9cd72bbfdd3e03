package dev.optionsdeep.migrate.it.parity.iot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.util.UUID;

/** One telemetry value: keyed by the entity it belongs to, the key's dictionary id and its timestamp. */
@Entity
@Table(name = "ts_kv")
@IdClass(TsKvCompositeKey.class)
public class TsKvEntity {

    @Id
    @Column(name = "entity_id", columnDefinition = "uuid")
    private UUID entityId;

    @Id
    @Column(name = "key")
    private int key;

    @Id
    @Column(name = "ts")
    private long ts;

    @Column(name = "bool_v")
    private Boolean booleanValue;

    @Column(name = "str_v", length = 10_000_000)
    private String strValue;

    @Column(name = "long_v")
    private Long longValue;

    @Column(name = "json_v", columnDefinition = "json")
    private String jsonValue;

    @Transient
    private String strKey;
}
