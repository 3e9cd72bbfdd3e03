/** The equities warehouse: companies and their prices. Every entity here lives in the equities database. */
@Database("equities")
package com.optionsdeep.equities;

import dev.optionsdeep.migrate.Database;
