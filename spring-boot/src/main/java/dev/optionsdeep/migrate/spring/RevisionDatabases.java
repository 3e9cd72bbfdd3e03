package dev.optionsdeep.migrate.spring;

import dev.optionsdeep.migrate.migration.Revision;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The databases that have revisions on the class path: each subpackage of the migration package
 * holding {@link Revision} classes is one ({@code db.migration.equities} is database {@code equities}).
 * Found with Spring's class path scanning, which also reads an executable jar's nested classes.
 */
final class RevisionDatabases {

    private RevisionDatabases() {
    }

    static SortedSet<String> find(ClassLoader loader, String migrationPackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new DefaultResourceLoader(loader));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class, false));
        SortedSet<String> databases = new TreeSet<>();
        String prefix = migrationPackage + ".";
        for (BeanDefinition revision : scanner.findCandidateComponents(migrationPackage)) {
            String className = revision.getBeanClassName();
            String packageName = className.substring(0, className.lastIndexOf('.'));
            if (packageName.startsWith(prefix) && packageName.indexOf('.', prefix.length()) < 0) {
                databases.add(packageName.substring(prefix.length()));
            }
        }
        return databases;
    }
}
