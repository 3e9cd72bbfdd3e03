package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** Who reacted to what, as a record: the key of a reaction. */
@Embeddable
public record ReactionId(Long accountId, Long articleId) implements Serializable {
}
