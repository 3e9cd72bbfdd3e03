package dev.optionsdeep.migrate.it.parity.numcodes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigInteger;

/** A ledger entry whose counters and amounts are kept as numeric whatever their Java type. */
@Entity
@Table(name = "nx_ledger_entry")
public class NxLedgerEntry {
    @Id private Long id;

    @JdbcTypeCode(SqlTypes.NUMERIC) private BigInteger serial;
    @Column(precision = 30) @JdbcTypeCode(SqlTypes.DECIMAL) private BigInteger bigSerial;
    @JdbcTypeCode(SqlTypes.NUMERIC) private Long cents;
    @Column(precision = 15) @JdbcTypeCode(SqlTypes.DECIMAL) private Long units;
    @JdbcTypeCode(SqlTypes.NUMERIC) private long tally;
    @JdbcTypeCode(SqlTypes.NUMERIC) private Integer count;
    @JdbcTypeCode(SqlTypes.DECIMAL) private Short small;
    @JdbcTypeCode(SqlTypes.NUMERIC) private Double rate;
    @Column(precision = 10, scale = 4) @JdbcTypeCode(SqlTypes.NUMERIC) private Double factor;
    @JdbcTypeCode(SqlTypes.DECIMAL) private Float ratio;
    @Column(precision = 8, scale = 3) @JdbcTypeCode(SqlTypes.DECIMAL) private Float share;
    @Column(precision = 12) @JdbcTypeCode(SqlTypes.NUMERIC) private Double ceiling;
}
