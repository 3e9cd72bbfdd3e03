package dev.optionsdeep.migrate.it.parity.flagcodes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A switch whose states are kept as 0 and 1. */
@Entity
@Table(name = "fc_switch")
public class FcSwitch {
    @Id private Long id;

    @Column(name = "managed") @JdbcTypeCode(SqlTypes.TINYINT) private Boolean managed;

    @JdbcTypeCode(SqlTypes.SMALLINT) private Boolean lit;

    @Column(nullable = false) @JdbcTypeCode(SqlTypes.TINYINT) private boolean armed;
}
