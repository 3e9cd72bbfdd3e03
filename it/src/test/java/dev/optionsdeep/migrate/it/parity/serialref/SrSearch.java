package dev.optionsdeep.migrate.it.parity.serialref;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import java.util.List;
import java.util.Set;

/** A saved search, whose folder and owner were one-to-one relationships for EclipseLink. */
@Entity
public class SrSearch {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String query;

    @JoinColumn(nullable = false)
    private SrFolder folder;

    @JoinColumn(name = "owner_ref", nullable = false)
    private SrFolder owner;

    private SrFolder archivedIn;

    private Set<SrFolder> shortcuts;

    private List<SrFolder> visited;
}
