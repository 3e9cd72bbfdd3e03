package dev.optionsdeep.migrate.it.parity.everything;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

import java.util.Set;

/** Enum columns away from the entity's table: in a secondary table, and as the elements of a collection table. */
@Entity
@Table(name = "cases")
@SecondaryTable(name = "case_details")
public class Case {
    public enum Stage { NEW, OPEN, CLOSED }

    @Id private Long id;
    @Enumerated(EnumType.STRING) @Column(table = "case_details", length = 10) private Stage stage;
    @ElementCollection @CollectionTable(name = "case_history") @Column(name = "stage") private Set<Stage> history;
}
