package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Map;
import java.util.Set;

/** A subscription: its account both as a relationship and as a read-only id, JSON of a record, arrays. */
@Entity
public class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", insertable = false, updatable = false)
    private Account account;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @JdbcTypeCode(SqlTypes.JSON)
    private Preferences preferences;

    private Set<String> channels;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private Integer[] quietHours;

    @ElementCollection
    @Convert(converter = TrimmedConverter.class)
    private Set<String> aliases;

    @ElementCollection
    @MapKeyColumn(name = "locale", length = 10)
    @Lob
    @Column(name = "body")
    @CollectionTable(name = "subscription_template", joinColumns = @JoinColumn(name = "subscription_id"))
    private Map<String, String> templates;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Role grantedRole;

    /** Hibernate 6.2+ teams keep names in a plain varchar this way: a varchar(20) with the values' check. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "renewal_role", length = 20, nullable = false)
    private Role renewalRole;

    /** Ordinals widened to an integer, and narrowed to the smallest integer type, each with its range check. */
    @Enumerated(EnumType.ORDINAL)
    @JdbcTypeCode(SqlTypes.INTEGER)
    private Role ownerRole;

    @JdbcTypeCode(SqlTypes.TINYINT)
    private Role viewerRole;
}
