/**
 * A collection's columns with {@code insertable} other than {@code updatable} where Hibernate 6.6, 7.2 and 7.4 accept
 * it, exporting them as without: a {@code @OneToMany @JoinColumn}, {@code @MapKeyJoinColumn}, {@code @MapKeyColumn}
 * and {@code @OrderColumn} (on a join or collection table's key or element columns they refuse to start).
 */
@Database("parity_gapwrite")
package dev.optionsdeep.migrate.it.parity.gapwrite;

import dev.optionsdeep.migrate.Database;
