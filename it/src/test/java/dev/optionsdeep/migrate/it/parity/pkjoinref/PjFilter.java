package dev.optionsdeep.migrate.it.parity.pkjoinref;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

@Entity
public class PjFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 128)
    private String name;

    @Column(name = "query", nullable = false, length = 1024)
    private String query;

    // Read-only copies of its own name and query, joined to the assignment's: unique here, and there.
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "name", referencedColumnName = "name", insertable = false, updatable = false)
    @JoinColumn(name = "query", referencedColumnName = "query", insertable = false, updatable = false)
    private PjAssignment assignment;
}
