package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Entity
public class Reaction {

    @EmbeddedId
    private ReactionId id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    public enum Kind {
        LIKE, CELEBRATE, INSIGHTFUL
    }
}
