/** A small web shop, in the mappings supported today: customers, products, coupons, stock moves. */
@Database("parity_shop")
package dev.optionsdeep.migrate.it.parity.shop;

import dev.optionsdeep.migrate.Database;
