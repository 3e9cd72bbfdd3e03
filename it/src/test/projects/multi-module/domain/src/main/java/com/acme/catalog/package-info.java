@Database("catalog")
package com.acme.catalog;

import dev.optionsdeep.migrate.Database;
