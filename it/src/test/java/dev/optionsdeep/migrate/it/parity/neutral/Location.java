package dev.optionsdeep.migrate.it.parity.neutral;

import jakarta.persistence.Embeddable;
import org.hibernate.annotations.Parent;

/** Where a shelf stands; {@code @Parent} points back at the shelf and is never stored. */
@Embeddable
public class Location {
    private String room;
    private Integer position;
    @Parent private BookShelf shelf;
}
