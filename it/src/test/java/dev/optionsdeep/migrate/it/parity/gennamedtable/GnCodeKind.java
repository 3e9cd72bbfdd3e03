package dev.optionsdeep.migrate.it.parity.gennamedtable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/**
 * A Hibernate 4-era id as Broadleaf writes it: strategy TABLE next to a named @GenericGenerator of Hibernate's
 * enhanced TableGenerator. Hibernate 6.6 uses that generator whatever the strategy says; 7.x looks for a
 * @TableGenerator of the name only, and draws from a table named after the generator (gncodekindid).
 */
@Entity
@Table(name = "GN_CODE_KIND")
public class GnCodeKind {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "GnCodeKindId")
    @GenericGenerator(name = "GnCodeKindId", strategy = "org.hibernate.id.enhanced.TableGenerator", parameters = {
            @Parameter(name = "table_name", value = "GN_SEQUENCE_GENERATOR"),
            @Parameter(name = "segment_column_name", value = "ID_NAME"),
            @Parameter(name = "value_column_name", value = "ID_VAL"),
            @Parameter(name = "segment_value", value = "GnCodeKind"),
            @Parameter(name = "increment_size", value = "50"),
            @Parameter(name = "entity_name", value = "dev.optionsdeep.migrate.it.parity.gennamedtable.GnCodeKind")})
    @Column(name = "CODE_KIND_ID")
    private Long id;

    @Column(name = "CODE_KEY", nullable = false)
    private String key;
}
