package dev.optionsdeep.migrate.it.parity.gennamed;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** The short name "enhanced-table", the default column names and a shorter segment column. */
@Entity
public class GnPhoneLine {

    @Id
    @GeneratedValue(generator = "gn_phone_ids")
    @GenericGenerator(name = "gn_phone_ids", strategy = "enhanced-table", parameters = {
            @Parameter(name = "table_name", value = "gn_enhanced_counters"),
            @Parameter(name = "segment_value_length", value = "100")})
    private Integer id;

    private String number;
}
