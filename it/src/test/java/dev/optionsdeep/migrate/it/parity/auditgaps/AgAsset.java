package dev.optionsdeep.migrate.it.parity.auditgaps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import org.hibernate.envers.Audited;

/** Anything the workshop owns: abstract, each kind in a table of its own. */
@Entity
@Audited
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class AgAsset {

    @Id
    Long id;

    @Column(nullable = false, length = 80)
    String label;
}
