/**
 * A JHipster-like generated domain (a small blogging app), run under Spring Boot's snake_case naming as
 * JHipster apps are. Compiled in-process by CorpusParityIT, not by the module's test compilation: see
 * there why.
 */
@Database("parity_jhipster")
package dev.optionsdeep.migrate.it.parity.jhipster;

import dev.optionsdeep.migrate.Database;
