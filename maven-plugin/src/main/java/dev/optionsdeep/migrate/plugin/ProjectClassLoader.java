package dev.optionsdeep.migrate.plugin;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A class loader over the project's compiled classes and compile dependencies. Its parent is the
 * plugin's own loader, so the project's revisions see the plugin's copy of migrate-runtime and the
 * {@code Migration} type is the same class on both sides.
 */
final class ProjectClassLoader {

    private ProjectClassLoader() {
    }

    static URLClassLoader of(List<String> classpathElements, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (String element : classpathElements) {
            try {
                urls.add(Path.of(element).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("bad class path element " + element, e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }
}
