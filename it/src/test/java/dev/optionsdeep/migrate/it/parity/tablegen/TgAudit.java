package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;

/** A @TableGenerator declared on a mapped superclass, with default table and columns. */
@MappedSuperclass
@TableGenerator(name = "auditKeys")
public abstract class TgAudit {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = "auditKeys") private Long id;
}
