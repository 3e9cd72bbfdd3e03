package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.DiscriminatorFormula;

/** A root no entity extends: its formula, not its @DiscriminatorColumn, is the discriminator, so it has no column. */
@Entity
@DiscriminatorFormula("'setting'")
@DiscriminatorColumn(name = "setting_type")
public class DfSetting {

    @Id
    Long id;

    String name;
}
