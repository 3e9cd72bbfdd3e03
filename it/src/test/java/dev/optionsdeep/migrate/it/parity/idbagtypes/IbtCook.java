package dev.optionsdeep.migrate.it.parity.idbagtypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who tried recipes: referenced from the recipes' keyed join table. */
@Entity
@Table(name = "ibt_cook")
public class IbtCook {

    @Id
    private Long id;

    @Column(name = "nickname", length = 40)
    private String nickname;
}
