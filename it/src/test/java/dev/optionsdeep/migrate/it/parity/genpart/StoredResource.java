package dev.optionsdeep.migrate.it.parity.genpart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** HAPI's resource table: the id from a named sequence, the partition given by the application. */
@Entity
@Table(name = "hfj_resource")
@IdClass(PartitionedPid.class)
public class StoredResource {
    @Id
    @SequenceGenerator(name = "SEQ_RESOURCE_ID", sequenceName = "SEQ_RESOURCE_ID", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SEQ_RESOURCE_ID")
    @Column(name = "res_id")
    private Long id;

    @Id
    @Column(name = "partition_id")
    private Integer partitionId;

    @Column(name = "res_type", length = 40, nullable = false)
    private String resourceType;

    @Column(name = "res_updated")
    private Instant updated;
}
