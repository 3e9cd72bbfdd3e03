package dev.optionsdeep.migrate.it.parity.joinorder;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "jo_shelf")
public class JoShelf {

    @EmbeddedId
    private JoShelfKey id;

    @Column(length = 80)
    private String label;
}
