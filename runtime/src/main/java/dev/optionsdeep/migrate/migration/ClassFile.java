package dev.optionsdeep.migrate.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * One top-level class of a revision package as a scan finds it: the build's index entry when the class
 * file is the one the entry describes, otherwise what the class file itself says.
 *
 * @param indexed the matching {@link RevisionIndex} entry; null without one
 * @param found   what the class file says, read only without a matching entry; null when unreadable
 */
record ClassFile(RevisionIndex.Entry indexed, RevisionClassFile.Found found) {

    private interface Bytes {
        InputStream open() throws IOException;
    }

    /** Reads the class file, and takes the index entry when its size and CRC-32 match. */
    private static ClassFile read(Bytes file, RevisionIndex.Entry entry) {
        try (InputStream in = file.open()) {
            byte[] bytes = in.readAllBytes();
            if (entry != null) {
                CRC32 crc = new CRC32();
                crc.update(bytes);
                if (entry.matches(bytes.length, crc.getValue())) {
                    return new ClassFile(entry, null);
                }
            }
            return new ClassFile(null, RevisionClassFile.read(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            return new ClassFile(null, null);
        }
    }

    /**
     * The classes of a directory. An entry is taken at once for a file of its size and modification time
     * (the build wrote the index after the classes); otherwise the file is read and its CRC-32 decides.
     */
    static void fromDirectory(Path dir, String packageName, TreeMap<String, ClassFile> names) throws IOException {
        Map<String, RevisionIndex.Entry> index = directoryIndex(dir, packageName);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String f = file.getFileName().toString();
                String name = className(packageName, f);
                if (isTopLevelClass(f)) { // one walk of the tree: a class an earlier root holds is kept
                    names.computeIfAbsent(name, n -> {
                        RevisionIndex.Entry entry = index.get(f);
                        return entry != null && unchanged(file, entry)
                                ? new ClassFile(entry, null) : read(() -> Files.newInputStream(file), entry);
                    });
                }
            }
        }
    }

    private static Map<String, RevisionIndex.Entry> directoryIndex(Path dir, String packageName) {
        try (InputStream in = Files.newInputStream(dir.resolve(RevisionIndex.FILE))) {
            return RevisionIndex.read(in, packageName);
        } catch (IOException e) { // none (or unreadable): every class file is read
            return Map.of();
        }
    }

    private static boolean unchanged(Path file, RevisionIndex.Entry entry) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() == entry.size() && attributes.lastModifiedTime().toMillis() == entry.modified();
        } catch (IOException e) {
            return false;
        }
    }

    /** The classes of a jar folder: an entry is taken when the jar's own size and CRC-32 of the class match it. */
    static void fromJar(URL url, String path, String packageName, TreeMap<String, ClassFile> names) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Map<String, RevisionIndex.Entry> index = jarIndex(jar, path, packageName);
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(path + "/") && name.indexOf('/', path.length() + 1) < 0) {
                    String file = name.substring(path.length() + 1);
                    String className = className(packageName, file);
                    if (isTopLevelClass(file) && !names.containsKey(className)) {
                        RevisionIndex.Entry indexed = index.get(file);
                        names.put(className, indexed != null && indexed.matches(entry.getSize(), entry.getCrc())
                                ? new ClassFile(indexed, null) : read(() -> jar.getInputStream(entry), indexed));
                    }
                }
            }
        }
    }

    private static Map<String, RevisionIndex.Entry> jarIndex(JarFile jar, String path, String packageName) {
        JarEntry entry = jar.getJarEntry(path + "/" + RevisionIndex.FILE);
        if (entry == null) {
            return Map.of();
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return RevisionIndex.read(in, packageName);
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static String className(String packageName, String file) {
        return packageName + "." + file.substring(0, Math.max(0, file.length() - ".class".length()));
    }

    static boolean isTopLevelClass(String file) {
        return file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class");
    }
}
