package dev.optionsdeep.migrate.it.parity.pkjoinref;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrimaryKeyJoinColumn;

import java.util.List;

@Entity
public class PjDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    // "Actually a one-to-one": Hibernate ignores the @PrimaryKeyJoinColumn on a collection.
    @OneToMany(mappedBy = "device")
    @PrimaryKeyJoinColumn
    private List<PjStatus> statuses;

    // Unidirectional: the join table it has without the @PrimaryKeyJoinColumn.
    @OneToMany
    @PrimaryKeyJoinColumn
    private List<PjNote> notes;
}
