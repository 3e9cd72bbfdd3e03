package dev.optionsdeep.migrate.it.parity.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Names no generator, in a package that declares some: Hibernate 7.4 uses the package's first (package_ids). */
@Entity
public class RoutePlan {
    @Id @GeneratedValue private Long id;
}
