package dev.optionsdeep.migrate.it.parity.tablegen;

/** Inherits TgAudit's table-generated id. */
@jakarta.persistence.Entity
public class TgAuditEntry extends TgAudit {
    private String message;
}
