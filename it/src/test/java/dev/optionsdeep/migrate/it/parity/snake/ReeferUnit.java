package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import java.util.Set;

@Entity
public class ReeferUnit extends TransportUnit {
    @ManyToOne(optional = false) private VoyagePlan currentPlan;
    private int setPointCelsius;
    @ManyToMany private Set<ShipmentNote> inspectionNotes;
    @ElementCollection private Set<String> sensorCodes;
}
