package dev.optionsdeep.migrate.it.parity.generic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

@Entity
public class GnIdentity {

    @Id
    @GeneratedValue(generator = "ident")
    @GenericGenerator(name = "ident", strategy = "identity")
    private Long id;
}
