package dev.optionsdeep.migrate.it.parity.hilotable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** Declares the same generator again, as each OpenOLAT entity does: one table for both. */
@Entity
public class HtLesson {

    @Id
    @GeneratedValue(generator = "ht-hilo")
    @GenericGenerator(name = "ht-hilo", strategy = "enhanced-sequence", parameters = {
            @Parameter(name = "sequence_name", value = "ht_unique_key"),
            @Parameter(name = "force_table_use", value = "true"),
            @Parameter(name = "optimizer", value = "legacy-hilo"),
            @Parameter(name = "value_column", value = "next_hi"),
            @Parameter(name = "increment_size", value = "100"),
            @Parameter(name = "initial_value", value = "100")})
    Long id;

    @ManyToOne
    HtCourse course;
}
