/**
 * Generated parts of composite keys, as Hibernate 6.5 and later map them: a partitioned store in the style
 * of HAPI FHIR, whose {@code @IdClass} keys draw one part from a sequence, a generator table or a UUID generator
 * and take the partition from the application, and {@code @EmbeddedId} keys whose embeddable generates
 * one of its attributes.
 */
@Database("parity_genpart")
package dev.optionsdeep.migrate.it.parity.genpart;

import dev.optionsdeep.migrate.Database;
