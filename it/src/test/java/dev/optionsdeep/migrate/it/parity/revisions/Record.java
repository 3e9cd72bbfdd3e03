package dev.optionsdeep.migrate.it.parity.revisions;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** A registered record and who signed it; its stamps are not audited (Stamped is no audited parent here). */
@Entity
@Table(name = "registry_record")
@Audited
public class Record extends Stamped {

    @Column(nullable = false, unique = true, length = 30)
    private String reference;

    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    @ElementCollection
    @CollectionTable(name = "record_signature", joinColumns = @JoinColumn(name = "record_id"))
    private Set<Signature> signatures = new HashSet<>();
}
