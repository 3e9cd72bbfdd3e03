package dev.optionsdeep.migrate.it.parity.numericcode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;

/** A measured value and its bounds, each a BigDecimal under a numeric type code. */
@Entity
@Table(name = "NC_MEASUREMENT")
public class NcMeasurement {
    @Id private Long id;

    @Column(name = "MEASURED", nullable = true, precision = 19, scale = 2)
    @JdbcTypeCode(SqlTypes.DECIMAL)
    private BigDecimal measured;

    @JdbcTypeCode(SqlTypes.NUMERIC)
    private BigDecimal lowerBound;

    @Column(precision = 12)
    @JdbcTypeCode(SqlTypes.NUMERIC)
    private BigDecimal upperBound;

    @Column(nullable = false, precision = 30, scale = 10)
    @JdbcTypeCode(SqlTypes.DECIMAL)
    private BigDecimal ratio;
}
