package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.util.List;
import java.util.Set;

@Entity
public class Garage {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
    @Embedded private Location location;
    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 120))
    @AssociationOverride(name = "city", joinColumns = @JoinColumn(name = "billing_city"))
    private Location billing;
    @ManyToOne @JoinColumn(name = "city_name", referencedColumnName = "name") private City namedCity;
    @OneToOne @OnDelete(action = OnDeleteAction.SET_NULL) private ElectricCar showcase;
    @ManyToOne(optional = false) private Car courtesyCar;
    @OneToMany @JoinColumn(name = "garage_id") private Set<Truck> trucks;
    /** City's own @Table index names this join column, which only this side maps (as in jBPM). */
    @OneToMany @JoinColumn(name = "served_by") private Set<City> servedCities;
    @ManyToMany private Set<Vehicle> regulars;
    @ManyToMany private List<Garage> partners;
    @ElementCollection @OnDelete(action = OnDeleteAction.CASCADE) private Set<OpeningHours> openingHours;
}
