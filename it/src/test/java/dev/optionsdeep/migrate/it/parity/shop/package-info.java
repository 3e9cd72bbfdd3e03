/** A small web shop: customers with addresses, products in categories, orders with their lines, coupons. */
@Database("parity_shop")
package dev.optionsdeep.migrate.it.parity.shop;

import dev.optionsdeep.migrate.Database;
