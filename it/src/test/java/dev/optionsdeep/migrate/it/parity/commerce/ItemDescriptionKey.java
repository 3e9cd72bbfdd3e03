package dev.optionsdeep.migrate.it.parity.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** An item's description in one language: the item's id and the language's tag. */
@Embeddable
public class ItemDescriptionKey implements Serializable {

    private Long itemId;

    @Column(length = 8)
    private String languageTag;

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemDescriptionKey k && Objects.equals(itemId, k.itemId)
                && Objects.equals(languageTag, k.languageTag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId, languageTag);
    }
}
