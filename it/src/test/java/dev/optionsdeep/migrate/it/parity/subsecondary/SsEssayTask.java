package dev.optionsdeep.migrate.it.parity.subsecondary;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;

/** Its secondary table keyed by a column named in pkJoinColumns. */
@Entity
@DiscriminatorValue("E")
@SecondaryTable(name = "ss_essay_details", pkJoinColumns = @PrimaryKeyJoinColumn(name = "essay_id"))
public class SsEssayTask extends SsTask {

    @Column(name = "word_limit", table = "ss_essay_details")
    private Integer wordLimit;
}
