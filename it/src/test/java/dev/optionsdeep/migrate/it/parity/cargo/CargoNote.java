package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class CargoNote {
    @Id private Long id;
    @Column(name = "cargo_id", insertable = false, updatable = false) private Long cargoId;
    private String text;
    /** Shared with a basic of a smaller integer type: Hibernate creates the basic's integer column. */
    @ManyToOne @JoinColumn(name = "author_id", insertable = false, updatable = false) private Consignee author;
    @Column(name = "author_id") private Integer authorId;
}
