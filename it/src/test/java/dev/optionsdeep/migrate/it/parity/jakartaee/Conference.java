package dev.optionsdeep.migrate.it.parity.jakartaee;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** The aggregate root: a conference, where it happens, and its ordered programme. */
@Entity
@NamedQuery(name = "Conference.findAll", query = "select c from Conference c")
@NamedQuery(name = "Conference.findByCode", query = "select c from Conference c where c.code = :code")
public class Conference {

    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = true, updatable = false, length = 16)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ConferenceStatus status;

    @Temporal(TemporalType.DATE)
    @Column(name = "starts_on")
    private Date startsOn;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "registration_closes")
    private Date registrationCloses;

    @Embedded
    private Venue venue;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 120))
    @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 60))
    @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", length = 12))
    @AttributeOverride(name = "location.latitude", column = @Column(name = "billing_lat"))
    @AttributeOverride(name = "location.longitude", column = @Column(name = "billing_lon"))
    @jakarta.persistence.AssociationOverride(name = "country", joinColumns = @JoinColumn(name = "billing_country_code"))
    private PostalAddress billingAddress;

    @Embedded
    private Sponsorship sponsorship;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "conference_id")
    @OrderColumn(name = "slot_order")
    private List<Session> programme = new ArrayList<>();
}
