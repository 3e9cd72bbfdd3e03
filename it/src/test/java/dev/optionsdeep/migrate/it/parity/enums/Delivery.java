package dev.optionsdeep.migrate.it.parity.enums;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Enums inside an embeddable keep their checks, on the embedding table. */
@Embeddable
public class Delivery {
    @Enumerated(EnumType.STRING) @Column(length = 12) private Carrier carrier;
    private Speed speed;

    public enum Carrier { POST, COURIER, PICKUP }

    public enum Speed { SLOW, NORMAL, FAST, OVERNIGHT }
}
