package dev.optionsdeep.migrate.it.parity.gennamed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/** The same generator table as {@code GnCodeKind}'s, another segment, named by the generator alone. */
@Entity
@Table(name = "GN_STREET_ADDRESS")
public class GnStreetAddress {

    @Id
    @GeneratedValue(generator = "GnStreetAddressId")
    @GenericGenerator(name = "GnStreetAddressId", strategy = "org.hibernate.id.enhanced.TableGenerator", parameters = {
            @Parameter(name = "table_name", value = "GN_SEQUENCE_GENERATOR"),
            @Parameter(name = "segment_column_name", value = "ID_NAME"),
            @Parameter(name = "value_column_name", value = "ID_VAL"),
            @Parameter(name = "segment_value", value = "GnStreetAddress"),
            @Parameter(name = "increment_size", value = "50")})
    @Column(name = "ADDRESS_ID")
    private Long id;

    @Column(name = "LINE_ONE", length = 120)
    private String lineOne;
}
