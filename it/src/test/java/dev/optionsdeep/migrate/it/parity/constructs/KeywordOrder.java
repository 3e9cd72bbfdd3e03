package dev.optionsdeep.migrate.it.parity.constructs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Table, columns and sequence named by PostgreSQL reserved keywords, quoted; its sequence in a named schema. */
@Entity
@Table(name = "\"order\"")
public class KeywordOrder {
    @Id
    @GeneratedValue(generator = "order_numbers")
    @SequenceGenerator(name = "order_numbers", sequenceName = "\"limit\"", schema = "inventory", allocationSize = 5)
    private Long id;
    @Column(name = "\"offset\"") private Integer offset;
    @Column(name = "`user`") private String user;
    /** A keyword PostgreSQL accepts as a column name. */
    private String position;
}
