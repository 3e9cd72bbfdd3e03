package dev.optionsdeep.migrate.it.parity.hilotable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** Draws its id from the hi value kept in the one row of ht_unique_key. */
@Entity
public class HtCourse {

    @Id
    @GeneratedValue(generator = "ht-hilo")
    @GenericGenerator(name = "ht-hilo", strategy = "enhanced-sequence", parameters = {
            @Parameter(name = "sequence_name", value = "ht_unique_key"),
            @Parameter(name = "force_table_use", value = "true"),
            @Parameter(name = "optimizer", value = "legacy-hilo"),
            @Parameter(name = "value_column", value = "next_hi"),
            @Parameter(name = "increment_size", value = "100"),
            @Parameter(name = "initial_value", value = "100")})
    @Column(name = "id", nullable = false, unique = true)
    Long key;

    String title;
}
