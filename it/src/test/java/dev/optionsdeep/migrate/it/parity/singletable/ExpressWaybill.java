package dev.optionsdeep.migrate.it.parity.singletable;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("E")
public class ExpressWaybill extends Waybill {
    private String courier;
}
