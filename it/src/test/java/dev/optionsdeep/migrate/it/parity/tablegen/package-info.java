/**
 * Ids drawn from generator tables (GenerationType.TABLE, @TableGenerator on the id, the entity, a mapped
 * superclass and the package), each compared with the tables Hibernate 7.4 exports.
 */
@Database("parity_tablegen")
@TableGenerator(name = "packageKeys", table = "package_keys", pkColumnName = "gen_name", valueColumnName = "gen_value")
package dev.optionsdeep.migrate.it.parity.tablegen;

import dev.optionsdeep.migrate.Database;
import jakarta.persistence.TableGenerator;
