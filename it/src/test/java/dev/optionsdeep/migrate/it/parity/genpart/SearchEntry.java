package dev.optionsdeep.migrate.it.parity.genpart;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An index row whose id is generated with no strategy nor generator named: AUTO, the table's own sequence. */
@Entity
@Table(name = "hfj_spidx_token")
@IdClass(PartitionedPid.class)
public class SearchEntry {
    @Id
    @GeneratedValue
    private Long id;

    @Id
    private Integer partitionId;

    private String hash;
}
