package dev.optionsdeep.migrate.it.parity.idclassonly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The entity itself declares the key attribute it leaves unmarked, with a column name and length of its own. */
@Entity
@Table(name = "ico_label")
@IdClass(IcoLabelKey.class)
public class IcoLabel {

    @Id
    @Column(name = "label_text", length = 40)
    private String text;

    @Column(name = "label_revision")
    private Integer revision;

    @Column(name = "display", length = 80)
    private String display;

    private String colour;
}
