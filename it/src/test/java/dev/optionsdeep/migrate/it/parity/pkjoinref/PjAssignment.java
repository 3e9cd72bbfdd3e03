package dev.optionsdeep.migrate.it.parity.pkjoinref;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class PjAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 128)
    private String name;

    // The attribute's name orders it among the referenced columns, not the column's.
    @Column(name = "query", nullable = false, length = 1024)
    private String targetFilterQuery;

    @Column(name = "zone")
    private String area;

    @Column(name = "tag")
    private String label;
}
