package dev.optionsdeep.migrate.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
     * (the build wrote the index after the classes); otherwise the file is read and its CRC-32 decides. The
     * file names are sorted, as the index's entries are, so each class meets its entry in one walk of both.
     *
     * @param names the classes found so far, by name: a class an earlier root holds is kept
     */
    static void fromDirectory(Path dir, String packageName, Map<String, ClassFile> names) throws IOException {
        String[] files = dir.toFile().list();
        if (files == null) {
            throw new IOException("cannot list the directory " + dir);
        }
        Arrays.sort(files);
        List<RevisionIndex.Entry> index = directoryIndex(dir, packageName);
        int next = 0;
        try (Attributes attributes = new Attributes(dir, !index.isEmpty())) {
            for (String f : files) {
                if (!isTopLevelClass(f)) {
                    continue;
                }
                while (next < index.size() && index.get(next).file().compareTo(f) < 0) {
                    next++;
                }
                RevisionIndex.Entry entry = null;
                while (next < index.size() && index.get(next).file().equals(f)) {
                    entry = index.get(next++); // the last line for a file, as when the index is read into a map
                }
                String name = entry != null ? entry.info().source() : className(packageName, f);
                if (!names.containsKey(name)) {
                    RevisionIndex.Entry indexed = entry;
                    names.put(name, entry != null && attributes.unchanged(f, entry)
                            ? new ClassFile(entry, null) : read(() -> Files.newInputStream(dir.resolve(f)), indexed));
                }
            }
        }
    }

    /** The index's entries in file name order; none without an index (or with an unreadable one): every class file is read. */
    private static List<RevisionIndex.Entry> directoryIndex(Path dir, String packageName) {
        byte[] text;
        try {
            text = Files.readAllBytes(dir.resolve(RevisionIndex.FILE));
        } catch (IOException e) {
            return List.of();
        }
        return RevisionIndex.parse(new String(text, StandardCharsets.UTF_8), packageName);
    }

    /**
     * The size and modification time of a directory's files, read relative to the open directory where the platform
     * allows it ({@code fstatat}: no walk of the whole path for each of thousands of files), else by path.
     */
    private static final class Attributes implements AutoCloseable {

        private final Path dir;
        private final DirectoryStream<Path> open;

        /** @param needed whether any file is looked at: without an index, the directory is not opened */
        Attributes(Path dir, boolean needed) {
            this.dir = dir;
            DirectoryStream<Path> stream = null;
            try {
                stream = needed ? Files.newDirectoryStream(dir) : null;
            } catch (IOException | RuntimeException e) {
                // each file by its path
            }
            this.open = stream;
        }

        /** Whether the file has the size and modification time its entry recorded; false when it cannot be read. */
        boolean unchanged(String file, RevisionIndex.Entry entry) {
            try {
                BasicFileAttributes attributes = open instanceof SecureDirectoryStream<Path> relative
                        ? relative.getFileAttributeView(dir.getFileSystem().getPath(file), BasicFileAttributeView.class)
                        .readAttributes()
                        : Files.readAttributes(dir.resolve(file), BasicFileAttributes.class);
                return attributes.size() == entry.size() && attributes.lastModifiedTime().toMillis() == entry.modified();
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            if (open != null) {
                open.close();
            }
        }
    }

    /** The classes of a jar folder: an entry is taken when the jar's own size and CRC-32 of the class match it. */
    static void fromJar(URL url, String path, String packageName, Map<String, ClassFile> names) throws IOException {
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
