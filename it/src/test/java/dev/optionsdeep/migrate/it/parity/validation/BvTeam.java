package dev.optionsdeep.migrate.it.parity.validation;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorValue("team")
public class BvTeam {

    @Id
    @GeneratedValue(generator = "bv_seq")
    private Long id;

    @NotNull
    @Size(max = 30)
    private String name;

    @ManyToOne
    private BvPerson captain;
}
