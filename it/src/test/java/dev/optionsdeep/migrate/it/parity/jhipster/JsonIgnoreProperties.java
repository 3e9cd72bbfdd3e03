package dev.optionsdeep.migrate.it.parity.jhipster;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands in for Jackson's annotation of the same name, which generated entities carry: schema-neutral. */
@Retention(RetentionPolicy.RUNTIME)
public @interface JsonIgnoreProperties {
    String[] value() default {};

    boolean allowSetters() default false;
}
