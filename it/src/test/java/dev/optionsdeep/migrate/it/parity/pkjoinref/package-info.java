/**
 * References Hibernate reads in its own way, as Eclipse hawkBit's repository model writes them: a
 * {@code @PrimaryKeyJoinColumn} beside a {@code @OneToMany} (a target's auto-confirmation status, "actually a
 * one-to-one"), which Hibernate ignores on a collection, mappedBy or not; and to-ones whose {@code @JoinColumn}s name
 * columns of the target that are neither its key nor unique (a stored filter's auto-assignment, joined on its name and
 * query), which Hibernate makes unique in the target's table, listing them in the order of the target's attributes
 * by name, as it does the foreign key's columns (one such column: parity model pkjoinone).
 */
@Database("parity_pkjoinref")
package dev.optionsdeep.migrate.it.parity.pkjoinref;

import dev.optionsdeep.migrate.Database;
