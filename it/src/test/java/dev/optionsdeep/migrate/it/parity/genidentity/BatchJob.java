package dev.optionsdeep.migrate.it.parity.genidentity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A job numbered by an identity column within its partition. */
@Entity
@Table(name = "bt2_job_instance")
@IdClass(PartitionedPid.class)
public class BatchJob {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Id
    private Integer partitionId;

    private String status;
}
