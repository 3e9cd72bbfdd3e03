package dev.optionsdeep.migrate.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The compiled revisions of one database, found on a class path, with their graph. */
public final class Revisions {

    private final RevisionGraph graph;
    private final ClassLoader loader;
    /** The checksums of revisions taken from a build's index, by id: only those whose class file matched its entry. */
    private final Map<String, String> indexedChecksums;

    private Revisions(RevisionGraph graph, ClassLoader loader, Map<String, String> indexedChecksums) {
        this.graph = graph;
        this.loader = loader;
        this.indexedChecksums = java.util.Collections.unmodifiableMap(indexedChecksums); // a map of()'s own, not copied
    }

    public RevisionGraph graph() {
        return graph;
    }

    /**
     * The checksum of the revision's upgrade steps as the build's {@link RevisionIndex} recorded it, for a class
     * file that matched its entry; empty without an index, for a class changed since, or one the build could not
     * read. A match with the history needs no class loaded; anything else is computed from the code.
     */
    public Optional<String> indexedChecksum(String id) {
        return Optional.ofNullable(indexedChecksums.get(id));
    }

    /** A fresh instance of the revision's migration class, loaded now: the graph needs no class loaded. */
    public Migration migration(String id) {
        Class<? extends Migration> type = load(graph.get(id).source(), loader).asSubclass(Migration.class);
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new RevisionException("revision " + id + ": the constructor of " + type.getName() + " failed: "
                    + e.getCause() + ". Fix the constructor, or do that work in upgrade() and downgrade().", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new RevisionException("revision " + id + ": " + type.getName()
                    + " needs a constructor without parameters: add one, or remove the others.", e);
        }
    }

    /**
     * Finds every class of {@code packageName} (not its subpackages) annotated with {@link Revision}.
     *
     * @throws RevisionException when a class in the package is not a valid revision
     */
    public static Revisions scan(ClassLoader loader, String packageName) {
        return of(classFiles(loader, packageName), loader);
    }

    /**
     * The revisions of {@code packageName} in one class directory only ({@code classesRoot}, such as
     * {@code target/classes}), loaded through {@code loader} when they run: what the build indexes.
     */
    public static Revisions inDirectory(Path classesRoot, String packageName, ClassLoader loader) {
        Map<String, ClassFile> names = new LinkedHashMap<>();
        Path dir = classesRoot.resolve(packageName.replace('.', '/'));
        if (Files.isDirectory(dir)) {
            try {
                ClassFile.fromDirectory(dir, packageName, names);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the migration classes in " + dir, e);
            }
        }
        return of(names, loader);
    }

    /** @param files by class name, taken in the order of the names (a root lists its classes in that order already) */
    private static Revisions of(Map<String, ClassFile> files, ClassLoader loader) {
        List<Map.Entry<String, ClassFile>> sorted = new ArrayList<>(files.entrySet());
        sorted.sort(Map.Entry.comparingByKey()); // for one root, a check of each neighbouring pair
        List<RevisionInfo> infos = new ArrayList<>(sorted.size());
        Map<String, String> checksums = new HashMap<>(sorted.size() * 2);
        for (Map.Entry<String, ClassFile> file : sorted) {
            String className = file.getKey();
            RevisionIndex.Entry indexed = file.getValue().indexed();
            if (indexed != null) {
                infos.add(indexed.info());
                if (indexed.checksum() != null) {
                    checksums.put(indexed.info().id(), indexed.checksum());
                }
                continue;
            }
            RevisionClassFile.Found found = file.getValue().found();
            if (found != null && found.revision() == null) {
                continue;
            }
            // Loaded only when its class file cannot tell: it implements Migration through a superclass.
            RevisionInfo info = found != null && found.migration() ? found.info(className) : fromClass(loader, className);
            if (info != null) {
                infos.add(info);
            }
        }
        return new Revisions(new RevisionGraph(infos), loader, checksums);
    }

    /** The revision as the loaded class says; null for a class without {@code @Revision}. */
    private static RevisionInfo fromClass(ClassLoader loader, String className) {
        Class<?> type = load(className, loader);
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            return null;
        }
        if (!Migration.class.isAssignableFrom(type)) {
            throw new RevisionException(className + " is annotated @Revision but does not implement "
                    + Migration.class.getName() + ": make it implement Migration");
        }
        return new RevisionInfo(revision.id(), List.of(revision.parents()), revision.message(),
                revision.created(), className, List.of(revision.branchLabels()), List.of(revision.dependsOn()));
    }

    private static Class<?> load(String className, ClassLoader loader) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RevisionException("cannot load " + className + ": " + e + ". Rebuild the project (mvn compile);"
                    + " if another build of this project is compiling at the same time, wait for it to finish and run again.");
        }
    }

    /**
     * The top-level classes of the package, each with what the build's index or its class file says, read from
     * the directory or jar that lists it: asking the class loader for each file would search every jar of the class
     * path for it first. Where two class path entries hold a class, the first one wins, as when it is loaded.
     */
    private static Map<String, ClassFile> classFiles(ClassLoader loader, String packageName) {
        String path = packageName.replace('.', '/');
        Map<String, ClassFile> names = new LinkedHashMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                switch (url.getProtocol()) {
                    case "file" -> ClassFile.fromDirectory(Path.of(url.toURI()), packageName, names);
                    case "jar" -> ClassFile.fromJar(url, path, packageName, names);
                    default -> throw new RevisionException("cannot list the classes at " + url
                            + ": migrations must be in a directory or a jar");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migration classes of package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
