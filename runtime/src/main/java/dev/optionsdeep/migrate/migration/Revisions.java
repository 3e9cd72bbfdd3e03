package dev.optionsdeep.migrate.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The compiled revisions of one database, found on a class path, with their graph. */
public final class Revisions {

    private final RevisionGraph graph;
    private final ClassLoader loader;

    private Revisions(RevisionGraph graph, ClassLoader loader) {
        this.graph = graph;
        this.loader = loader;
    }

    public RevisionGraph graph() {
        return graph;
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
        List<RevisionInfo> infos = new ArrayList<>();
        for (Map.Entry<String, RevisionClassFile.Found> file : classFiles(loader, packageName).entrySet()) {
            String className = file.getKey();
            RevisionClassFile.Found found = file.getValue();
            if (found != null && found.revision() == null) {
                continue;
            }
            // Loaded only when its class file cannot tell: it implements Migration through a superclass.
            RevisionInfo info = found != null && found.migration() ? found.info(className) : fromClass(loader, className);
            if (info != null) {
                infos.add(info);
            }
        }
        return new Revisions(new RevisionGraph(infos), loader);
    }

    private interface ClassBytes {
        InputStream open() throws IOException;
    }

    /** What the class file says, without loading the class; null when it cannot be read. */
    private static RevisionClassFile.Found classFile(ClassBytes file) {
        try (InputStream bytes = file.open()) {
            return RevisionClassFile.read(new ByteArrayInputStream(bytes.readAllBytes()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
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
     * The top-level classes of the package, each with what its class file says (null when unreadable), read from
     * the directory or jar that lists it: asking the class loader for each file would search every jar of the class
     * path for it first. Where two class path entries hold a class, the first one wins, as when it is loaded.
     */
    private static TreeMap<String, RevisionClassFile.Found> classFiles(ClassLoader loader, String packageName) {
        String path = packageName.replace('.', '/');
        TreeMap<String, RevisionClassFile.Found> names = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                switch (url.getProtocol()) {
                    case "file" -> fromDirectory(Path.of(url.toURI()), packageName, names);
                    case "jar" -> fromJar(url, path, packageName, names);
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

    private static void fromDirectory(Path dir, String packageName, TreeMap<String, RevisionClassFile.Found> names)
            throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String f = file.getFileName().toString();
                String name = packageName + "." + f.substring(0, Math.max(0, f.length() - ".class".length()));
                if (isTopLevelClass(f) && !names.containsKey(name)) {
                    names.put(name, classFile(() -> Files.newInputStream(file)));
                }
            }
        }
    }

    private static void fromJar(URL url, String path, String packageName, TreeMap<String, RevisionClassFile.Found> names)
            throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(path + "/") && name.indexOf('/', path.length() + 1) < 0) {
                    String file = name.substring(path.length() + 1);
                    String className = packageName + "." + file.substring(0, Math.max(0, file.length() - ".class".length()));
                    if (isTopLevelClass(file) && !names.containsKey(className)) {
                        names.put(className, classFile(() -> jar.getInputStream(entry)));
                    }
                }
            }
        }
    }

    private static boolean isTopLevelClass(String file) {
        return file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class");
    }
}
