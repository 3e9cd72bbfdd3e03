/**
 * Id generators declared away from the id: on the package (JPA 3.2), on another entity, on a mapped
 * superclass; each compared with the sequences Hibernate 7.4 exports.
 */
@Database("parity_generators")
@SequenceGenerator(name = "packageIds", sequenceName = "package_ids", allocationSize = 20)
@SequenceGenerator(name = "voucherNumbers", initialValue = 100)
package dev.optionsdeep.migrate.it.parity.generators;

import dev.optionsdeep.migrate.Database;
import jakarta.persistence.SequenceGenerator;
