/**
 * A Spring Boot 3 application on modern Jakarta Persistence and Hibernate 7, on Spring Boot's naming:
 * generic base classes in the style of Spring Data's {@code AbstractPersistable} and {@code AbstractAuditable}
 * (with auditing annotations of another library), records as embeddables and as an embedded id, UUID ids
 * from {@code GenerationType.UUID} and {@code @UuidGenerator}, element collections of enums and ordered
 * strings, JSON lists, lobs and the zone, locale and URL types. Compiled in-process by CorpusParityIT, not by
 * the module's test compilation: see there why.
 */
@Database("parity_modern")
package dev.optionsdeep.migrate.it.parity.modern;

import dev.optionsdeep.migrate.Database;
