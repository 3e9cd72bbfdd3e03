package dev.optionsdeep.migrate.it.parity.jhipster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A blog owned by a user, with its posts on the other side of a bidirectional association. */
@Entity
@Table(name = "blog")
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Blog {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
    @SequenceGenerator(name = "sequenceGenerator")
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "handle", length = 40, nullable = false, unique = true)
    private String handle;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private BlogStatus status;

    @Column(name = "launched_on")
    private LocalDate launchedOn;

    @Column(name = "monthly_fee", precision = 21, scale = 2)
    private BigDecimal monthlyFee;

    @ManyToOne(optional = false)
    @JsonIgnoreProperties(value = {"authorities"}, allowSetters = true)
    private AppUser owner;

    @OneToMany(mappedBy = "blog")
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @JsonIgnoreProperties(value = {"blog", "tags"}, allowSetters = true)
    private Set<Post> posts = new HashSet<>();
}
