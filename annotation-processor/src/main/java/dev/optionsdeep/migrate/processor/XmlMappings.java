package dev.optionsdeep.migrate.processor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.processing.Filer;
import javax.tools.StandardLocation;

/**
 * The classes the application maps in XML rather than with annotations: Hibernate's {@code .hbm.xml} files and JPA's
 * {@code orm.xml}, as {@code META-INF/persistence.xml} lists them (OpenOLAT still maps its identities so) or as
 * Hibernate's own {@code hibernate.cfg.xml} does ({@code <mapping resource="…hbm.xml"/>}: OpenMRS maps its patients,
 * users, concepts and encounters so, and loads that file through Spring). Hibernate reads them; Migrate reads
 * annotations only, so it can at least say so where an entity references such a class.
 * Read from the class output, where the build's resources phase has put them before javac runs.
 */
public final class XmlMappings {

    private static final List<String> DESCRIPTORS = List.of("META-INF/persistence.xml", "META-INF/orm.xml",
            "hibernate.cfg.xml");
    private static final Pattern MAPPING_FILE = Pattern.compile(
            "<mapping-file>\\s*([^<]+?)\\s*</mapping-file>|<mapping\\b[^>]*\\bresource=\"([^\"]+)\"");
    private static final Pattern HBM_PACKAGE = Pattern.compile("<hibernate-mapping\\b[^>]*\\bpackage=\"([^\"]+)\"");
    private static final Pattern HBM_CLASS = Pattern.compile(
            "<(?:class|subclass|joined-subclass|union-subclass)\\b[^>]*\\bname=\"([^\"]+)\"");
    private static final Pattern ORM_PACKAGE = Pattern.compile("<package>\\s*([^<]+?)\\s*</package>");
    private static final Pattern ORM_ENTITY = Pattern.compile("<entity\\b[^>]*\\bclass=\"([^\"]+)\"");

    /** None: what a build without XML mappings, and the tests, see. */
    public static final XmlMappings NONE = new XmlMappings(Map.of());

    private final Map<String, String> files;

    private XmlMappings(Map<String, String> files) {
        this.files = Map.copyOf(files);
    }

    /** The XML mappings in the class output; none when there are none, or they cannot be read. */
    public static XmlMappings read(Filer filer) {
        if (filer == null) {
            return NONE;
        }
        List<String> mappingFiles = new ArrayList<>();
        for (String descriptor : DESCRIPTORS) {
            String text = text(filer, descriptor);
            if (text == null) {
                continue;
            }
            if (descriptor.endsWith("orm.xml")) {
                mappingFiles.add(descriptor);
            }
            Matcher m = MAPPING_FILE.matcher(text);
            while (m.find()) {
                mappingFiles.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        Map<String, String> classes = new TreeMap<>();
        for (String file : mappingFiles) {
            String text = text(filer, file);
            if (text != null) {
                boolean hbm = text.contains("<hibernate-mapping");
                String pkg = first(hbm ? HBM_PACKAGE : ORM_PACKAGE, text);
                Matcher m = (hbm ? HBM_CLASS : ORM_ENTITY).matcher(text);
                while (m.find()) {
                    String name = m.group(1);
                    classes.putIfAbsent(name.contains(".") || pkg == null ? name : pkg + "." + name, file);
                }
            }
        }
        return new XmlMappings(classes);
    }

    /** The mapping file that maps the class of this qualified name, if one does. */
    public Optional<String> fileOf(String qualifiedName) {
        return Optional.ofNullable(files.get(qualifiedName));
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String text(Filer filer, String path) {
        try (InputStream in = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path.replaceFirst("^/", ""))
                .openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException absent) {
            return null; // absent, or a Filer that cannot read its output: no XML mapping is known, the build goes on
        }
    }
}
