package dev.optionsdeep.migrate.it.parity.verbatim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Definitions only PostgreSQL understands: Hibernate writes each after the column name, and so does Migrate. */
@Entity
@Table(name = "vb_accounts")
public class VerbatimAccount {
    @Id @Column(columnDefinition = "bigserial") private Long id;
    @Column(columnDefinition = "text collate \"C\" not null") private String code;
    @Column(columnDefinition = "varchar(40) collate \"C\"", nullable = false) private String name;
    @Column(name = "upper_name", columnDefinition = "text generated always as (upper(name)) stored",
            insertable = false, updatable = false) private String upperName;
    @Column(columnDefinition = "serial") private Integer counter;
    @Column(name = "parent_id", columnDefinition = "bigint references vb_accounts (id)") private Long parentId;
    @Column(columnDefinition = "text collate \"C\" unique") private String handle;
    @Column(columnDefinition = "numeric(12,2) default 0 not null") private java.math.BigDecimal balance;
}
