package dev.optionsdeep.migrate.it.parity.joinorder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Set;

/** Join columns in the order of the keys' attributes by name, none naming its referenced column. */
@Entity
@Table(name = "jo_parcel")
public class JoParcel {

    @Id
    private Long id;

    @ManyToOne
    @JoinColumns({@JoinColumn(name = "shelf_aisle"), @JoinColumn(name = "shelf_bay"), @JoinColumn(name = "shelf_zone")})
    private JoShelf shelf;

    @ManyToOne
    @JoinColumns({@JoinColumn(name = "slot_bin"), @JoinColumn(name = "slot_level"), @JoinColumn(name = "slot_rack")})
    private JoSlot slot;

    @ManyToMany
    @JoinTable(name = "jo_parcel_overflow", joinColumns = @JoinColumn(name = "parcel_id"),
            inverseJoinColumns = {@JoinColumn(name = "over_aisle"), @JoinColumn(name = "over_bay"),
                    @JoinColumn(name = "over_zone")})
    private Set<JoShelf> overflow;
}
