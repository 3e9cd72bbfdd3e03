package dev.optionsdeep.migrate.it.parity.auditgaps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.hibernate.envers.Audited;

/** A job: concrete, with a rush kind in a table of its own. */
@Entity
@Audited
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class AgJob {

    @Id
    Long id;

    String title;
}
