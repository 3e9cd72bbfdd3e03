package dev.optionsdeep.migrate.it.parity.basicrel;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.Set;

/** A key holder whose keys are loaded lazily, said twice. */
@Entity
@Table(name = "br_holder")
public class BrHolder {
    @Id private Long id;

    @Basic(fetch = FetchType.LAZY)
    @OneToMany(mappedBy = "holder")
    private Set<BrKey> keys;
}
