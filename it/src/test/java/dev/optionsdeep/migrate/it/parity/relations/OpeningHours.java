package dev.optionsdeep.migrate.it.parity.relations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalTime;

@Embeddable
public class OpeningHours {
    private short weekday;
    @Column(nullable = false) private LocalTime opens;
    private LocalTime closes;
}
