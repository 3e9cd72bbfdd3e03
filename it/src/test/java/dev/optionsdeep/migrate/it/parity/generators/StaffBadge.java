package dev.optionsdeep.migrate.it.parity.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import java.util.UUID;

/** AUTO on a UUID id: a uuid column, no sequence, even in a package that declares generators. */
@Entity
public class StaffBadge {
    @Id @GeneratedValue private UUID id;
    private String holder;
}
