package dev.optionsdeep.migrate.it.parity.genpart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A tag on a resource, in the resource's partition, with its own sequence and a composite foreign key. */
@Entity
@Table(name = "hfj_res_tag")
@IdClass(PartitionedPid.class)
@SequenceGenerator(name = "SEQ_RESTAG_ID", sequenceName = "SEQ_RESTAG_ID", initialValue = 10)
public class ResourceTag {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SEQ_RESTAG_ID")
    @Column(name = "pid")
    private Long id;

    @Id
    @Column(name = "partition_id")
    private Integer partitionId;

    @ManyToOne(optional = false)
    @JoinColumns({
            @JoinColumn(name = "res_id", referencedColumnName = "res_id"),
            @JoinColumn(name = "res_partition_id", referencedColumnName = "partition_id")})
    private StoredResource resource;

    @Column(name = "tag_code", length = 200)
    private String code;
}
