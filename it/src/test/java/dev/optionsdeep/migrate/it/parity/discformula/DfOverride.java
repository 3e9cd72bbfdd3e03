package dev.optionsdeep.migrate.it.parity.discformula;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

import org.hibernate.annotations.DiscriminatorFormula;

/** An override of a content setting, for a consumer or for an activation key: which one, the key column tells. */
@Entity
@Table(name = "df_override")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorFormula("case when key_id is null then 'consumer' ELSE 'activation_key' end")
public abstract class DfOverride {

    @Id
    @Column(length = 32)
    String id;

    @Column(name = "content_label")
    String contentLabel;

    String name;

    @Column(length = 2048)
    String value;
}
