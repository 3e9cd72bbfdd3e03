package dev.optionsdeep.migrate.it.parity.genpart;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "hfj_res_ver")
public class ResourceHistory {
    @EmbeddedId
    private HistoryKey key;

    private String encoding;
}
