/** A table another application owns, mapped without an id: Migrate cannot map it (MIGRATE-102). */
@Database("legacy")
package com.acme.legacy;

import dev.optionsdeep.migrate.Database;
