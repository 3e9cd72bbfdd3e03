package dev.optionsdeep.migrate.it.parity.generic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

@Entity
public class GnSequenced {

    @Id
    @GeneratedValue(generator = "gn_seq_gen")
    @GenericGenerator(name = "gn_seq_gen", strategy = "org.hibernate.id.enhanced.SequenceStyleGenerator",
            parameters = {@Parameter(name = "sequence_name", value = "gn_custom_seq"),
                    @Parameter(name = "initial_value", value = "100"),
                    @Parameter(name = "increment_size", value = "10")})
    private Long id;
}
