package dev.optionsdeep.migrate.it.parity.pkjoinref;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;

@Entity
public class PjLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Written tag first; Hibernate lists them by the attributes they map, area (zone) before label (tag).
    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "a_tag", referencedColumnName = "tag"),
            @JoinColumn(name = "a_zone", referencedColumnName = "zone") })
    private PjAssignment assignment;

    // The columns a filter joins on, from columns of its own.
    @ManyToOne
    @JoinColumns({
            @JoinColumn(name = "f_query", referencedColumnName = "query"),
            @JoinColumn(name = "f_name", referencedColumnName = "name") })
    private PjAssignment byQuery;
}
