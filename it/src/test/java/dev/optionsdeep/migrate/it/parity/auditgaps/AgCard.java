package dev.optionsdeep.migrate.it.parity.auditgaps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;

/** A card pinned to boards. */
@Entity
@Audited
public class AgCard {

    @Id
    Long id;

    String code;
}
