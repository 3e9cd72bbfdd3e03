package dev.optionsdeep.migrate.migration;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a class's {@link Revision} annotation from its class file, without loading the class: a
 * project of thousands of revisions learns its graph without defining thousands of classes, and
 * loads a class only to run it. Reads the constant pool, the interfaces and the class's
 * {@code RuntimeVisibleAnnotations}; everything else is skipped.
 */
final class RevisionClassFile {

    private static final String REVISION = "L" + Revision.class.getName().replace('.', '/') + ";";
    private static final String MIGRATION = Migration.class.getName().replace('.', '/');

    /**
     * What the class file says.
     *
     * @param revision   the annotation's values by element name (a String or a List of String); null
     *                   when the class has no {@code @Revision}
     * @param migration  whether the class names {@link Migration} among its own interfaces
     */
    record Found(Map<String, Object> revision, boolean migration) {

        /** The revision of class {@code className}, with the annotation's defaults where it gives no value. */
        RevisionInfo info(String className) {
            return new RevisionInfo((String) revision.get("id"), strings("parents"), (String) revision.get("message"),
                    (String) revision.getOrDefault("created", ""), className, strings("branchLabels"),
                    strings("dependsOn"));
        }

        private List<String> strings(String element) {
            Object value = revision.get(element);
            return value == null ? List.of() : ((List<?>) value).stream().map(String.class::cast).toList();
        }
    }

    private final DataInputStream in;
    private final Object[] pool;

    private RevisionClassFile(InputStream bytes) throws IOException {
        this.in = new DataInputStream(bytes);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.skipBytes(4);
        this.pool = new Object[in.readUnsignedShort()];
        readPool();
    }

    static Found read(InputStream bytes) throws IOException {
        return new RevisionClassFile(bytes).found();
    }

    private void readPool() throws IOException {
        for (int i = 1; i < pool.length; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 7 -> pool[i] = in.readUnsignedShort(); // a class: the index of its name
                case 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // longs and doubles take two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
    }

    private Found found() throws IOException {
        in.skipBytes(6); // access flags, this class, super class
        boolean migration = false;
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            migration |= MIGRATION.equals(pool[(Integer) pool[in.readUnsignedShort()]]);
        }
        skipMembers();
        skipMembers();
        Map<String, Object> revision = null;
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            String name = (String) pool[in.readUnsignedShort()];
            int length = in.readInt();
            if ("RuntimeVisibleAnnotations".equals(name)) {
                for (int a = in.readUnsignedShort(); a > 0; a--) {
                    Map<String, Object> values = annotation();
                    revision = values != null ? values : revision;
                }
            } else {
                in.skipBytes(length);
            }
        }
        return new Found(revision, migration);
    }

    private void skipMembers() throws IOException {
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            in.skipBytes(6);
            for (int a = in.readUnsignedShort(); a > 0; a--) {
                in.skipBytes(2);
                in.skipBytes(in.readInt());
            }
        }
    }

    /** The values of a {@code @Revision}; null (its values skipped) for any other annotation. */
    private Map<String, Object> annotation() throws IOException {
        boolean wanted = REVISION.equals(pool[in.readUnsignedShort()]);
        Map<String, Object> values = new TreeMap<>();
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            String name = (String) pool[in.readUnsignedShort()];
            values.put(name, value());
        }
        return wanted ? values : null;
    }

    /** A String for {@code s}, a List for an array; null for what a revision never holds. */
    private Object value() throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 's' -> {
                return pool[in.readUnsignedShort()];
            }
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 'c' -> in.skipBytes(2);
            case 'e' -> in.skipBytes(4);
            case '@' -> annotation();
            case '[' -> {
                List<Object> items = new ArrayList<>();
                for (int n = in.readUnsignedShort(); n > 0; n--) {
                    items.add(value());
                }
                return items;
            }
            default -> throw new IOException("unknown annotation value tag " + (char) tag);
        }
        return null;
    }
}
