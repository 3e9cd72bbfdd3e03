/**
 * A veterinary clinic in the style of Spring's reference sample: a chain of mapped superclasses, owners
 * whose pets and visits are ordered lists on a {@code @OneToMany @JoinColumn}, vets with specialties through a
 * join table, Jakarta Validation on the people, and clinic maps keyed by an enum and by an embeddable on a
 * {@code @OneToMany @JoinColumn}. Run under Spring Boot's naming, as the sample runs. Compiled in-process by
 * CorpusParityIT, not by the module's test compilation: see there why.
 */
@Database("parity_petclinic")
package dev.optionsdeep.migrate.it.parity.petclinic;

import dev.optionsdeep.migrate.Database;
