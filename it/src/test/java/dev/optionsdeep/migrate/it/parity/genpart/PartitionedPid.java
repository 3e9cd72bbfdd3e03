package dev.optionsdeep.migrate.it.parity.genpart;

import java.io.Serializable;

/** The key of a partitioned row: its own id and the partition it lives in. */
public class PartitionedPid implements Serializable {
    private Long id;
    private Integer partitionId;
}
