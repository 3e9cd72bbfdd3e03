package dev.optionsdeep.migrate.it.parity.seqparam;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** {@code sequence} with {@code sequence} and an increment, through {@code AUTO}. */
@Entity
public class SpTerm {

    @Id
    @GeneratedValue(generator = "sp_term_gen")
    @GenericGenerator(name = "sp_term_gen", strategy = "sequence", parameters = {
            @Parameter(name = "sequence", value = "sp_term_numbers"), @Parameter(name = "increment_size", value = "1")})
    Long id;

    String code;
}
