package dev.optionsdeep.migrate.it.parity.uniquecol;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's profile, the target of a one-to-one. */
@Entity
@Table(name = "ucol_profile")
public class UcolProfile {

    @Id
    Long id;

    String motto;
}
