/**
 * {@code @AssociationOverride} on an entity class renaming the join column of a {@code @ManyToOne} its generic
 * {@code @MappedSuperclass} declares on a type variable. OpenMRS's {@code ConceptAttribute} extends
 * {@code BaseAttribute<ConceptAttributeType, Concept>} so, turning {@code owner_id} into {@code concept_id}.
 */
@Database("parity_classassoc")
package dev.optionsdeep.migrate.it.parity.classassoc;

import dev.optionsdeep.migrate.Database;
