package dev.optionsdeep.migrate.it.parity.seqparam;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** No strategy (its default, {@code native}) with {@code sequence}, beside {@code strategy = SEQUENCE}. */
@Entity
public class SpSource {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sp_source_gen")
    @GenericGenerator(name = "sp_source_gen", parameters = @Parameter(name = "sequence", value = "sp_source_ids"))
    Integer id;

    String name;
}
