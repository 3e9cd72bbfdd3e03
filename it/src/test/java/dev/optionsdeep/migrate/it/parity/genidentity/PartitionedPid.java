package dev.optionsdeep.migrate.it.parity.genidentity;

import java.io.Serializable;

/** The key of a partitioned job: its number and the partition it runs in. */
public class PartitionedPid implements Serializable {
    private Long id;
    private Integer partitionId;
}
