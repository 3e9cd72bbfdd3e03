@Database("shop")
package com.acme.shop;

import dev.optionsdeep.migrate.Database;
