package dev.optionsdeep.migrate.it.parity.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Reference data: a language, keyed by its tag. */
@Entity
public class Language {

    @Id
    @Column(length = 8)
    private String tag;

    @Column(nullable = false, length = 40)
    private String name;

    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "language_alias")
    @Column(name = "alias", length = 40)
    private java.util.Set<String> aliases = new java.util.HashSet<>();
}
