package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** Gains a severity (audited, with its check) and a code list reference nobody audits. */
@Entity
@Audited
public class Allergy {

    enum Severity { MILD, SEVERE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false, unique = true, length = 60)
    private String substance;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Severity severity;

    @NotAudited
    @Column(name = "code_ref", length = 20)
    private String codeReference;
}
