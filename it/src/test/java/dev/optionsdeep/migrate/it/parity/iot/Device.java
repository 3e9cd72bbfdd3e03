package dev.optionsdeep.migrate.it.parity.iot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A device: its tenant through an interface, JSON data, tags as an array, and its latest attribute per scope. */
@Entity
@Table(name = "device", uniqueConstraints = @UniqueConstraint(name = "device_name_unq_key",
        columnNames = {"tenant_id", "name"}), indexes = @Index(name = "idx_device_type", columnList = "type"))
public class Device extends BaseSqlEntity<String> {

    @ManyToOne(targetEntity = Tenant.class)
    @JoinColumn(name = "tenant_id")
    private TenantScoped tenant;

    @Column(name = "customer_id", columnDefinition = "uuid")
    private UUID customerId;

    @Column(name = "name")
    private String name;

    @Column(name = "type")
    private String type;

    @Column(name = "label")
    @Comment("Shown instead of the name when set")
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 16)
    @ColumnDefault("'PROVISIONED'")
    private DeviceState state;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "device_data")
    private Map<String, Object> deviceData;

    @Column(name = "tags")
    private String[] tags;

    @Column(name = "firmware_checksum")
    private byte[] firmwareChecksum;

    @Column(name = "inactivity_timeout")
    private Duration inactivityTimeout;

    @Column(name = "last_seen")
    private OffsetDateTime lastSeen;

    @Formula("upper(name)")
    private String searchText;

    @Version
    private Long version;

    @Column(name = "external_id")
    private UUID externalId;

    @OneToMany
    @JoinColumn(name = "device_id")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "attribute_scope", length = 16)
    private Map<AttributeScope, AttributeKv> latestByScope = new HashMap<>();

    @OneToMany
    @JoinColumn(name = "keyed_device_id")
    private Map<AttributeKey, AttributeKv> byKey = new HashMap<>();

    @Override
    public String toData() {
        return name;
    }
}
