package dev.optionsdeep.migrate.it.parity.modern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A file: a UUID id the provider generates (JPA 3.1), optimistic locking. */
@Entity
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Version
    private Integer version;

    @Column(nullable = false)
    private String fileName;

    private long size;

    private Instant uploadedAt;

    @ManyToOne(optional = false)
    private Account owner;
}
