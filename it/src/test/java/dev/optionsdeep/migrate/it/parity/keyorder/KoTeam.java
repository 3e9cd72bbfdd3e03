package dev.optionsdeep.migrate.it.parity.keyorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A team, referenced twice by each nesting. */
@Entity
@Table(name = "ko_team")
public class KoTeam {

    @Id
    private UUID id;

    @Column(name = "title", length = 80)
    private String title;
}
