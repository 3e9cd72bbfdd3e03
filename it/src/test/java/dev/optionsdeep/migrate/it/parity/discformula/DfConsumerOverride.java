package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
@DiscriminatorValue("consumer")
public class DfConsumerOverride extends DfOverride {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(nullable = false)
    DfConsumer consumer;
}
