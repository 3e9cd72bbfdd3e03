/**
 * {@code @IdClass} keys with a field the entity does not mark {@code @Id}: Hibernate binds every field of the id
 * class as part of the identifier, taking its column from the entity's attribute of that name, so that column
 * joins the primary key and is not null. In the style of a time-series store whose readings are keyed by sensor,
 * channel and time while only sensor and channel carry {@code @Id} in the shared mapped superclass.
 */
@Database("parity_idclassonly")
package dev.optionsdeep.migrate.it.parity.idclassonly;

import dev.optionsdeep.migrate.Database;
