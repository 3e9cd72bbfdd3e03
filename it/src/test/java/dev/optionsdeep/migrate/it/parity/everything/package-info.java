/** Every construct the processor maps today, once. */
@Database("parity_everything")
package dev.optionsdeep.migrate.it.parity.everything;

import dev.optionsdeep.migrate.Database;
