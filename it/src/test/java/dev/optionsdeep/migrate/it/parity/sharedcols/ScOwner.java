package dev.optionsdeep.migrate.it.parity.sharedcols;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the index entries and versions reference. */
@Entity
@Table(name = "SC_OWNER")
public class ScOwner {
    @Id private Long id;
}
