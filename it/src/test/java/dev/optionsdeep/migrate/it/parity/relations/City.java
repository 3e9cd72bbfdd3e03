package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Index;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
@SecondaryTable(name = "city_stats")
// served_by is the join column of Garage.servedCities: Hibernate indexes it, though City does not map it.
@Table(indexes = @Index(name = "city_served_by_idx", columnList = "served_by, name"))
public class City {
    @Id @Column(length = 8) private String code;
    @Column(nullable = false, unique = true, length = 80) private String name;
    @ElementCollection @Column(name = "alias", length = 80) private Set<String> aliases;
    @ElementCollection
    @CollectionTable(name = "city_postcodes", joinColumns = @JoinColumn(name = "city"))
    @Column(length = 12, nullable = false)
    private List<String> postcodes;
    @ElementCollection @MapKeyColumn(name = "lang", length = 5) @Column(name = "local_name", length = 80)
    private Map<String, String> localNames;
    @ElementCollection private Map<Integer, java.math.BigDecimal> populationByYear;
    @Column(table = "city_stats") private Long population;
    @Column(table = "city_stats", nullable = false) private double areaKm2;
    @Column(table = "city_stats", unique = true, length = 12) private String statisticsCode;
    @ManyToOne @JoinColumn(table = "city_stats") private City twin;
}
