package dev.optionsdeep.migrate.it.parity.audited;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A patient: every change kept, except the free notes and the visits (audited on their own side). */
@Entity
@Audited
public class Patient extends Tracked {

    enum Status { ACTIVE, DISCHARGED, DECEASED }

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "record_no", unique = true, nullable = false, length = 20)
    private String recordNumber;

    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(precision = 10, scale = 2)
    private BigDecimal balance;

    private boolean consent;

    @NotAudited
    @Column(length = 2000)
    private String notes;

    @ManyToOne
    private Clinic clinic;

    /** The insurer's own history is not kept: the audit row records its id only. */
    @ManyToOne
    @JoinColumn(name = "insurer_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Insurer insurer;

    @ManyToMany
    @JoinTable(name = "patient_allergy", joinColumns = @JoinColumn(name = "patient_id"),
            inverseJoinColumns = @JoinColumn(name = "allergy_id"))
    private Set<Allergy> allergies = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "patient_phone", joinColumns = @JoinColumn(name = "patient_id"))
    @Column(name = "phone", length = 30)
    private Set<String> phones = new HashSet<>();

    @OneToMany(mappedBy = "patient")
    private List<Visit> visits;
}
