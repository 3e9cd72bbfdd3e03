package dev.optionsdeep.migrate.it.parity.cargo;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import org.hibernate.annotations.ListIndexBase;

import java.util.List;

/** A self-referencing ordered list, and positions counted from 1 (Hibernate's @ListIndexBase). */
@Entity
public class CarrierMovement {
    @Id private Long id;
    private String departureLocation;
    @OneToMany @JoinColumn(name = "parent_id") @OrderColumn @ListIndexBase(1) private List<CarrierMovement> legs;
    @ElementCollection @OrderColumn(name = "remark_no") @ListIndexBase(1) private List<String> remarks;
}
