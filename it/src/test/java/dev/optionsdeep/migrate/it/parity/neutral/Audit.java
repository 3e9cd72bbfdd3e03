package dev.optionsdeep.migrate.it.parity.neutral;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Another library's annotation, as JSON or validation ones are in real models: nothing to Hibernate. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Audit {
}
