/**
 * An entity that declares again a field its mapped superclass already maps: Hibernate collects the attributes topmost
 * class first and skips one named like an attribute it already has, so the entity's own field and its annotations are
 * ignored (no column of its own, the superclass's column as the superclass says). In the style of an IoT platform
 * whose calculated fields declare a {@code version} beside the {@code @Version version} of their versioned base class.
 */
@Database("parity_shadowed")
package dev.optionsdeep.migrate.it.parity.shadowed;

import dev.optionsdeep.migrate.Database;
