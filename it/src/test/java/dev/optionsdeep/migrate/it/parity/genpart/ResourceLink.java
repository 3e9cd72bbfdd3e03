package dev.optionsdeep.migrate.it.parity.genpart;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A link between resources, keyed by an embedded id that generates its own part. */
@Entity
@Table(name = "hfj_res_link")
public class ResourceLink {
    @EmbeddedId
    private LinkKey key;

    @Column(name = "src_path", length = 500)
    private String sourcePath;
}
