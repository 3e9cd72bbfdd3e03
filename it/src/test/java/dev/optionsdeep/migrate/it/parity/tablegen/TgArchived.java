package dev.optionsdeep.migrate.it.parity.tablegen;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;

/** A key table in a schema of its own, with the constraints and index a DBA gave it. */
@jakarta.persistence.Entity
public class TgArchived {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "archiveKeys")
    @TableGenerator(name = "archiveKeys", table = "archive_keys", schema = "archive", pkColumnValue = "archived",
            uniqueConstraints = @UniqueConstraint(name = "archive_keys_pair", columnNames = {"sequence_name", "next_val"}),
            indexes = @Index(name = "archive_keys_next", columnList = "next_val"))
    private Long id;

    @Column(length = 40)
    private String label;
}
