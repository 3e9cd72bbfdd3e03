package dev.optionsdeep.migrate.it.parity.revisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.List;

/** Only two of its attributes are audited, one by one. */
@Entity
public class Contract {

    @Id
    @GeneratedValue
    private Long id;

    @Audited
    @Column(nullable = false, length = 20)
    private String number;

    @Audited
    private LocalDate validUntil;

    @Column(length = 200)
    private String remarks;

    @OneToMany
    @JoinColumn(name = "contract_id")
    private List<Clause> clauses;
}
