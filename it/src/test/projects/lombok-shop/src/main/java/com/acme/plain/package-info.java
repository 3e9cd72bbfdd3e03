/** The shop's entities written out without Lombok: their snapshot must be the shop's. */
@Database("plain")
package com.acme.plain;

import dev.optionsdeep.migrate.Database;
