package dev.optionsdeep.migrate.it.parity.genpart;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A counter numbered from a generator table within its partition. */
@Entity
@Table(name = "hfj_counter")
@IdClass(PartitionedPid.class)
public class Counter {
    @Id
    @TableGenerator(name = "counter_ids", table = "hfj_id_blocks", pkColumnValue = "counter", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "counter_ids")
    private Long id;

    @Id
    private Integer partitionId;

    private String label;
}
