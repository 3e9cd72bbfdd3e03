package dev.optionsdeep.migrate.it.parity.hilotable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** A forced table with the generator's defaults: named after the generator, its column next_val. */
@Entity
public class HtBadge {

    @Id
    @GeneratedValue(generator = "ht_badge_ids")
    @GenericGenerator(name = "ht_badge_ids", strategy = "org.hibernate.id.enhanced.SequenceStyleGenerator",
            parameters = @Parameter(name = "force_table_use", value = "true"))
    Integer id;

    String label;
}
