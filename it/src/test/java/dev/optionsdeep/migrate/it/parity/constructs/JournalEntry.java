package dev.optionsdeep.migrate.it.parity.constructs;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A table and its sequence in the same named schema. */
@Entity
@Table(schema = "books")
public class JournalEntry {
    @Id
    @GeneratedValue(generator = "entries")
    @SequenceGenerator(name = "entries", sequenceName = "journal_entry_ids", schema = "books", initialValue = 100)
    private Long id;
    @ManyToOne private Journal journal;
}
