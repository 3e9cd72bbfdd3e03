/**
 * Attributes of an entity type without {@code @ManyToOne} or {@code @OneToOne}, with a {@code @JoinColumn}, as
 * Dataverse writes {@code SavedSearch.definitionPoint} and {@code WorkflowComment.datasetVersion} for EclipseLink
 * (which maps a one-to-one there), with the other side's {@code @OneToMany(mappedBy)} naming one: Hibernate stores a
 * serialized copy of the entity in a nullable {@code bytea} column named after the attribute, and a {@code Set} or
 * {@code List} of entities without {@code @OneToMany} (Dataverse's {@code VarGroup.varsInGroup}) in a {@code bytea[]}.
 */
@Database("parity_serialref")
package dev.optionsdeep.migrate.it.parity.serialref;

import dev.optionsdeep.migrate.Database;
