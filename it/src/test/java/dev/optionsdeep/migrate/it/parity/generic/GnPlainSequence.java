package dev.optionsdeep.migrate.it.parity.generic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

@Entity
public class GnPlainSequence {

    @Id
    @GeneratedValue(generator = "gn_plain")
    @GenericGenerator(name = "gn_plain", strategy = "sequence")
    private Long id;
}
