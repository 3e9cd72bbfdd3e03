package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** AUTO naming a @TableGenerator: the generator table, not a sequence. */
@jakarta.persistence.Entity
public class TgAutoNamed {
    @Id @GeneratedValue(generator = "autoKeys") @TableGenerator(name = "autoKeys", table = "auto_keys") private Long id;
}
