package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** A @TableGenerator no id uses (the id is an identity column): does Hibernate export its table? */
@jakarta.persistence.Entity
@TableGenerator(name = "unusedKeys", table = "unused_keys")
public class TgUnusedGenerator {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
}
