package dev.optionsdeep.migrate.it.parity.seqparam;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** {@code native} with {@code sequence}, beside {@code strategy = SEQUENCE}. */
@Entity
public class SpRole {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_role_id_seq")
    @GenericGenerator(name = "sp_role_id_seq", strategy = "native",
            parameters = @Parameter(name = "sequence", value = "sp_role_sp_role_id_seq"))
    Integer id;

    String name;
}
