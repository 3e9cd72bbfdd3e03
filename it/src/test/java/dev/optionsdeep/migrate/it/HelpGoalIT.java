package dev.optionsdeep.migrate.it;

import dev.optionsdeep.migrate.it.support.Build;
import dev.optionsdeep.migrate.it.support.ExampleProject;
import dev.optionsdeep.migrate.it.support.Maven;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mvn migrate:help}: the conventional generated help goal lists every goal, and with
 * {@code -Ddetail -Dgoal=upgrade} every property of that goal. The plugin descriptor the build generated is
 * the list to hold it to, so a goal or parameter added without documentation fails here.
 */
class HelpGoalIT {

    @TempDir
    Path temp;

    private ExampleProject project;
    private Maven mvn;

    @BeforeEach
    void copyExample() throws Exception {
        project = ExampleProject.copy("options-deep", temp);
        mvn = new Maven(project.directory());
    }

    @AfterEach
    void close() throws Exception {
        project.close();
    }

    @Test
    void everyGoalAndEveryParameterIsDocumented() throws Exception {
        Map<String, List<Parameter>> goals = descriptor();
        assertTrue(goals.keySet().containsAll(List.of("revision", "upgrade", "downgrade", "current", "history",
                "stamp", "heads", "branches", "merge", "show", "check", "graph", "help")), goals.keySet().toString());
        List<String> undocumented = new ArrayList<>();
        goals.forEach((goal, parameters) -> parameters.stream().filter(p -> p.description().isBlank())
                .forEach(p -> undocumented.add(goal + "#" + p.name())));
        assertEquals(List.of(), undocumented, "parameters without a description");

        Build overview = mvn.run("migrate:help").assertSuccess();
        goals.keySet().forEach(goal -> overview.assertPrinted("migrate:" + goal));

        Build upgrade = mvn.run("migrate:help", "-Ddetail", "-Dgoal=upgrade").assertSuccess()
                .assertPrinted("migrate:upgrade")
                .assertNotPrinted("migrate:downgrade");
        for (Parameter parameter : goals.get("upgrade")) {
            upgrade.assertPrinted("    " + parameter.name());
            if (parameter.property() != null) {
                upgrade.assertPrinted("User property: " + parameter.property());
            }
        }
        assertFalse(goals.get("upgrade").isEmpty());
    }

    private record Parameter(String name, String description, String property) {
    }

    /** The goals of the plugin descriptor with their editable parameters, from the plugin jar on the classpath. */
    private static Map<String, List<Parameter>> descriptor() throws Exception {
        for (URL url : Collections.list(HelpGoalIT.class.getClassLoader().getResources("META-INF/maven/plugin.xml"))) {
            Document document;
            try (InputStream in = url.openStream()) {
                document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            }
            Element plugin = document.getDocumentElement();
            if (!"migrate-maven-plugin".equals(child(plugin, "artifactId"))) {
                continue;
            }
            Map<String, List<Parameter>> goals = new LinkedHashMap<>();
            NodeList mojos = plugin.getElementsByTagName("mojo");
            for (int i = 0; i < mojos.getLength(); i++) {
                Element mojo = (Element) mojos.item(i);
                goals.put(child(mojo, "goal"), parameters(mojo));
            }
            return goals;
        }
        throw new AssertionError("no plugin.xml of migrate-maven-plugin on the test classpath");
    }

    private static List<Parameter> parameters(Element mojo) {
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList configuration = mojo.getElementsByTagName("configuration");
        if (configuration.getLength() > 0) {
            NodeList values = ((Element) configuration.item(0)).getChildNodes();
            for (int i = 0; i < values.getLength(); i++) {
                if (values.item(i) instanceof Element value && value.getTextContent().startsWith("${")) {
                    String text = value.getTextContent();
                    properties.put(value.getTagName(), text.substring(2, text.length() - 1));
                }
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        NodeList nodes = mojo.getElementsByTagName("parameter");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element parameter = (Element) nodes.item(i);
            if ("true".equals(child(parameter, "editable"))) {
                String name = child(parameter, "name");
                parameters.add(new Parameter(name, child(parameter, "description"), properties.get(name)));
            }
        }
        return parameters;
    }

    private static String child(Element parent, String tag) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }
}
