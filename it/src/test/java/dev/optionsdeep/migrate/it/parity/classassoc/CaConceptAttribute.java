package dev.optionsdeep.migrate.it.parity.classassoc;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/** Renames the inherited owner's column (and names its foreign key). */
@Entity
@AssociationOverride(name = "owner", joinColumns = @JoinColumn(name = "concept_id", nullable = false),
        foreignKey = @ForeignKey(name = "ca_attribute_concept_fk"))
public class CaConceptAttribute extends CaAttribute<CaAttributeType, CaConcept> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;
}
