/**
 * Maps, in an e-commerce model with descriptions per language: maps of entities and of values keyed
 * by strings, enums, dates, entities and embeddables ({@code @MapKey}, {@code @MapKeyColumn},
 * {@code @MapKeyJoinColumn}, {@code @MapKeyEnumerated}, {@code @MapKeyTemporal}, {@code @MapKeyClass}),
 * and translations keyed by a composite id {@code (article, language)}.
 */
@Database("parity_maps")
package dev.optionsdeep.migrate.it.parity.maps;

import dev.optionsdeep.migrate.Database;
