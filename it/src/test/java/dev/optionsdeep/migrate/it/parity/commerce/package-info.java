/**
 * An e-commerce model: descriptions per language keyed by composite ids ({@code @EmbeddedId} with
 * {@code @MapsId}), maps keyed by language, natural-id SKUs, JSON attributes, element collections.
 * Compiled in-process by CorpusParityIT.
 */
@Database("parity_commerce")
package dev.optionsdeep.migrate.it.parity.commerce;

import dev.optionsdeep.migrate.Database;
