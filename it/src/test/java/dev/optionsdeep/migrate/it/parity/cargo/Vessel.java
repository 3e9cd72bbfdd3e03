package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.SortNatural;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * Variants: optional = false against @JoinColumn(nullable = true), unique join columns, and the key
 * of a join table by collection type (a set's, none for a bag, unique targets of a one-to-many).
 */
@Entity
public class Vessel {
    @Id private Long id;
    @ManyToOne(optional = false) @JoinColumn(nullable = true) private Berth homeBerth;
    @ManyToOne @JoinColumn(unique = true) private Berth reservedBerth;
    @OneToOne(optional = false) private Berth dock;
    @ManyToOne @JoinColumn(nullable = false, unique = true) private Berth winterBerth;
    @ManyToMany @JoinTable(name = "vessel_visits") private Set<Berth> visits;
    @ManyToMany @JoinTable(name = "vessel_route") private List<Berth> route;
    @ManyToMany @JoinTable(name = "vessel_calls") private Collection<Berth> calls;
    @ManyToMany @JoinTable(name = "vessel_plan") @OrderBy("id") private List<Berth> plan;
    @ManyToMany @JoinTable(name = "vessel_sorted") @SortNatural private SortedSet<Berth> sorted;
    @ManyToMany @JoinTable(name = "vessel_convoy") private Set<Vessel> convoy;
    @ManyToMany(mappedBy = "convoy") private Set<Vessel> escortedBy;
    @OneToMany @JoinTable(name = "vessel_moorings") @OrderBy private List<Berth> moorings;
    @ManyToOne private Vessel mothership;
}
