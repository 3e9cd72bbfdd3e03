package dev.optionsdeep.migrate.it.parity.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** A translation, its key derived from its item and its language. */
@Entity
public class ItemDescription {

    @EmbeddedId
    private ItemDescriptionKey id;

    @MapsId("itemId")
    @ManyToOne
    private Item item;

    @MapsId("languageTag")
    @ManyToOne
    private Language language;

    @Column(nullable = false)
    private String title;

    @Column(length = 4000)
    private String body;
}
