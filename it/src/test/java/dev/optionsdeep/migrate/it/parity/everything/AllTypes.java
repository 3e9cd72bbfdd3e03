package dev.optionsdeep.migrate.it.parity.everything;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "all_types",
        uniqueConstraints = {@UniqueConstraint(columnNames = {"a_string", "a_date"}),
                @UniqueConstraint(name = "all_types_named_key", columnNames = "an_int")},
        indexes = {@Index(columnList = "a_long"), @Index(name = "all_types_two_idx", columnList = "a_short, a_boolean DESC"),
                @Index(name = "all_types_unique_idx", columnList = "a_uuid", unique = true)})
public class AllTypes {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private long id;
    @Column(name = "a_string") private String aString;
    @Column(name = "a_long_string", length = 4000) private String aLongString;
    @Column(name = "a_long") private Long aLong;
    @Column(name = "a_primitive_long", nullable = false) private long aPrimitiveLong;
    @Column(name = "an_int") private Integer anInt;
    @Basic private int aPrimitiveInt;
    @Column(name = "a_short") private Short aShort;
    private short aPrimitiveShort;
    @Column(name = "a_boolean") private Boolean aBoolean;
    private boolean aPrimitiveBoolean;
    @Column(name = "a_decimal") private BigDecimal aDecimal;
    @Column(name = "a_money", precision = 19, scale = 4, nullable = false) private BigDecimal aMoney;
    @Column(name = "a_date") private LocalDate aDate;
    @Column(name = "a_timestamp") private LocalDateTime aTimestamp;
    @Column(name = "an_instant") private Instant anInstant;
    @Column(name = "an_offset_timestamp") private OffsetDateTime anOffsetTimestamp;
    @Column(name = "a_uuid") private UUID aUuid;
    @Column(name = "a_unique_code", unique = true, length = 12) private String aUniqueCode;
}
