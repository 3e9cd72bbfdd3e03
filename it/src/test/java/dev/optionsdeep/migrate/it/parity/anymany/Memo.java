package dev.optionsdeep.migrate.it.parity.anymany;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A memo an inbox may hold. */
@Entity
@Table(name = "memos")
public class Memo {
    @Id
    private Long id;

    private String subject;
}
