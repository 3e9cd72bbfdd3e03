package dev.optionsdeep.migrate.plugin.graph;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LayeredLayoutTest {

    private static Map<String, List<String>> graph(String... nodeAndParents) {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (String spec : nodeAndParents) {
            String[] parts = spec.split(":");
            parents.put(parts[0], parts.length == 1 ? List.of() : List.of(parts[1].split(",")));
        }
        return parents;
    }

    @Test
    void aBranchSplitsIntoSlotsAndTheMergeGoesBelowItsLowestParent() {
        Map<String, LayeredLayout.Place> places = LayeredLayout.of(graph("base", "a:base", "b:a", "c:a", "d:c", "m:b,d"));
        assertEquals(new LayeredLayout.Place(0, 0), places.get("base"));
        assertEquals(new LayeredLayout.Place(1, 0), places.get("a"));
        assertEquals(new LayeredLayout.Place(2, 0), places.get("b"));
        assertEquals(new LayeredLayout.Place(2, 1), places.get("c"));
        assertEquals(new LayeredLayout.Place(3, 0), places.get("d"));
        // m follows b (layer 2) and d (layer 3): one layer below d.
        assertEquals(new LayeredLayout.Place(4, 0), places.get("m"));
        assertEquals(2, LayeredLayout.width(places));
        assertEquals(5, LayeredLayout.depth(places));
    }

    @Test
    void childrenKeepTheirParentsLeftToRightOrderWhateverOrderTheyCameIn() {
        // y follows the right-hand c but is given first; x follows the left-hand b.
        Map<String, LayeredLayout.Place> places = LayeredLayout.of(graph("a", "b:a", "c:a", "y:c", "x:b"));
        assertEquals(0, places.get("b").slot());
        assertEquals(1, places.get("c").slot());
        assertEquals(0, places.get("x").slot());
        assertEquals(1, places.get("y").slot());
        assertEquals(List.of("a", "b", "c", "y", "x"), List.copyOf(places.keySet()), "the given order is kept");
    }

    @Test
    void theSameGraphGivesTheSamePlaces() {
        Map<String, List<String>> g = graph("base", "a:base", "b:base", "c:a,b", "d:c", "e:c");
        assertEquals(LayeredLayout.of(g), LayeredLayout.of(g));
        assertEquals(new LayeredLayout.Place(2, 0), LayeredLayout.of(g).get("c"));
        assertEquals(new LayeredLayout.Place(3, 1), LayeredLayout.of(g).get("e"));
    }

    @Test
    void aParentGivenAfterItsChildIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LayeredLayout.of(graph("b:a", "a")));
        assertEquals("b follows a, which comes later or not at all", e.getMessage());
    }

    @Test
    void anEmptyGraphHasNoSize() {
        assertEquals(0, LayeredLayout.width(LayeredLayout.of(Map.of())));
        assertEquals(0, LayeredLayout.depth(LayeredLayout.of(Map.of())));
    }
}
