/** The Options Deep equities model, as in examples/options-deep. */
@Database("parity_optionsdeep")
package dev.optionsdeep.migrate.it.parity.optionsdeep;

import dev.optionsdeep.migrate.Database;
