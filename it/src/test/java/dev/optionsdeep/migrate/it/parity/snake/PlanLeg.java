package dev.optionsdeep.migrate.it.parity.snake;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class PlanLeg {
    @Id private Long legId;
    @ManyToOne private VoyagePlan plan;
}
