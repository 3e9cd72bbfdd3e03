package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;

import java.util.List;
import java.util.Set;

/**
 * Positions in the target's table, by default name (plannedNotes_ORDER, converted) and by a
 * mappedBy side's; a join table named like an entity's table (PlanLeg's).
 */
@Entity
public class VoyagePlan {
    @Id private Long planId;
    @OneToMany @JoinColumn(name = "voyagePlanId") @OrderColumn private List<ShipmentNote> plannedNotes;
    @OneToMany(mappedBy = "plan") @OrderColumn(name = "legPosition") private List<PlanLeg> legs;
    @ManyToMany @jakarta.persistence.JoinTable(name = "PlanLeg") private Set<ShipmentNote> legNotes;
}
