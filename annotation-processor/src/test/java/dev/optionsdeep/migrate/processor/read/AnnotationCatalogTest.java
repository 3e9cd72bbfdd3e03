package dev.optionsdeep.migrate.processor.read;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every annotation of the Hibernate and JPA jars we check against is classified: when an upgrade brings
 * a new one, this fails and names it, so that someone decides whether it changes the schema.
 */
class AnnotationCatalogTest {

    @Test
    void everyHibernateAnnotationIsClassified() throws Exception {
        List<String> all = annotationsBeside(org.hibernate.annotations.Cache.class);
        assertTrue(all.size() > 150, all.toString()); // the jar was read, not an empty directory
        assertEquals(List.of(), unclassified(all, AnnotationCatalog::hibernate),
                "classify these in AnnotationCatalog (NEUTRAL only after checking Hibernate's schema export)");
    }

    @Test
    void everyJpaAnnotationIsClassified() throws Exception {
        List<String> all = annotationsBeside(jakarta.persistence.Entity.class);
        assertTrue(all.size() > 90, all.toString());
        assertEquals(List.of(), unclassified(all, AnnotationCatalog::jpa));
    }

    @Test
    void theEverydayNeutralOnesAreNeutralAndSchemaOnesAreNot() {
        for (String name : List.of("Cache", "BatchSize", "Fetch", "SQLRestriction", "Filter", "FilterDef", "Immutable",
                "DynamicUpdate", "DynamicInsert", "OptimisticLocking", "LazyGroup", "Cascade", "SQLDelete", "SQLInsert",
                "SQLUpdate", "ColumnTransformer", "SortNatural", "SortComparator", "NaturalIdCache", "Where", "Proxy")) {
            assertEquals(Optional.of(AnnotationCatalog.Effect.NEUTRAL), AnnotationCatalog.hibernate(name), name);
        }
        // PartitionKey looks neutral, but Hibernate 7.4's export puts it in the primary key; ListIndexBase likewise
        // changes the order column's check, which Migrate maps.
        for (String name : List.of("PartitionKey", "JoinFormula", "CompositeType", "CollectionIdJdbcType")) {
            assertEquals(Optional.of(AnnotationCatalog.Effect.UNMAPPED), AnnotationCatalog.hibernate(name), name);
        }
        for (String name : List.of("NaturalId", "Formula", "JdbcTypeCode", "NotFound", "SoftDelete", "ListIndexBase",
                "GenericGenerator", "Type", "Subselect", "Any", "ManyToAny", "CollectionId", "CollectionIdJavaType")) {
            assertEquals(Optional.of(AnnotationCatalog.Effect.MAPPED), AnnotationCatalog.hibernate(name), name);
        }
        assertEquals(Optional.of(AnnotationCatalog.Effect.NEUTRAL), AnnotationCatalog.jpa("OrderBy"));
        assertEquals(Optional.of(AnnotationCatalog.Effect.MAPPED), AnnotationCatalog.jpa("TableGenerator"));
        assertEquals(Optional.of(AnnotationCatalog.Effect.MAPPED), AnnotationCatalog.jpa("SequenceGenerators"));
    }

    private static List<String> unclassified(List<String> names,
                                             Function<String, Optional<AnnotationCatalog.Effect>> catalog) {
        return names.stream().filter(n -> catalog.apply(n).isEmpty()).toList();
    }

    /** The simple names of the annotation types in the package of {@code anchor}, read from its jar. */
    private static List<String> annotationsBeside(Class<?> anchor) throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path jar = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        String prefix = anchor.getPackageName().replace('.', '/') + "/";
        List<String> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (var entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.startsWith(prefix) && name.endsWith(".class") && !name.contains("$")
                        && name.indexOf('/', prefix.length()) < 0) {
                    String simple = name.substring(prefix.length(), name.length() - ".class".length());
                    Class<?> type = Class.forName(anchor.getPackageName() + "." + simple, false,
                            anchor.getClassLoader());
                    if (type.isAnnotation()) {
                        out.add(simple);
                    }
                }
            }
        }
        Collections.sort(out);
        return out;
    }
}
