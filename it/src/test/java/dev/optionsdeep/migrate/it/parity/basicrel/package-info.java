/**
 * {@code @Basic(fetch = LAZY)} beside a {@code @OneToMany(mappedBy)}, as Candlepin's consumer writes it on its
 * activation keys: Hibernate maps the relationship and ignores the {@code @Basic}.
 */
@Database("parity_basicrel")
package dev.optionsdeep.migrate.it.parity.basicrel;

import dev.optionsdeep.migrate.Database;
