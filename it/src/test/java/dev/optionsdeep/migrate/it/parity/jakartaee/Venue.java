package dev.optionsdeep.migrate.it.parity.jakartaee;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** The place of a conference: a name, and an address whose point is renamed here. */
@Embeddable
public class Venue {

    @Column(name = "venue_name", length = 100)
    private String name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "location.latitude", column = @Column(name = "venue_lat")),
            @AttributeOverride(name = "location.longitude", column = @Column(name = "venue_lon"))})
    private PostalAddress address;
}
