package dev.optionsdeep.migrate.plugin.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places the nodes of a directed acyclic graph in layers: a node goes one layer below the lowest of
 * its parents, so every edge points down; within a layer, nodes are ordered by the mean slot of their
 * parents (which keeps branches apart and their lines short), ties by the order they were given in.
 */
final class LayeredLayout {

    /** Where one node goes: its layer (0 at the top) and its slot within the layer (0 on the left). */
    record Place(int layer, int slot) {
    }

    private LayeredLayout() {
    }

    /**
     * @param parents every node with its parents, parents first (a topological order); the map's order
     *                breaks ties
     */
    static Map<String, Place> of(Map<String, List<String>> parents) {
        Map<String, Integer> layer = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        List<List<String>> layers = new ArrayList<>();
        for (Map.Entry<String, List<String>> node : parents.entrySet()) {
            int l = node.getValue().stream().mapToInt(p -> required(layer, p, node.getKey()) + 1).max().orElse(0);
            layer.put(node.getKey(), l);
            order.put(node.getKey(), order.size());
            while (layers.size() <= l) {
                layers.add(new ArrayList<>());
            }
            layers.get(l).add(node.getKey());
        }
        Map<String, Place> places = new LinkedHashMap<>();
        for (int l = 0; l < layers.size(); l++) {
            List<String> nodes = layers.get(l);
            nodes.sort(Comparator.comparingDouble((String n) -> meanSlot(parents.get(n), places))
                    .thenComparing(order::get));
            for (int slot = 0; slot < nodes.size(); slot++) {
                places.put(nodes.get(slot), new Place(l, slot));
            }
        }
        Map<String, Place> inGivenOrder = new LinkedHashMap<>();
        parents.keySet().forEach(n -> inGivenOrder.put(n, places.get(n)));
        return inGivenOrder;
    }

    /** The widest layer's node count: how many slots the picture needs across. */
    static int width(Map<String, Place> places) {
        Map<Integer, Integer> perLayer = new HashMap<>();
        places.values().forEach(p -> perLayer.merge(p.layer(), 1, Integer::sum));
        return perLayer.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** How many layers the picture has. */
    static int depth(Map<String, Place> places) {
        return places.values().stream().mapToInt(Place::layer).max().orElse(-1) + 1;
    }

    private static double meanSlot(List<String> parents, Map<String, Place> placed) {
        return parents.stream().mapToInt(p -> placed.get(p).slot()).average().orElse(0);
    }

    private static int required(Map<String, Integer> layer, String parent, String node) {
        Integer l = layer.get(parent);
        if (l == null) {
            throw new IllegalArgumentException(node + " follows " + parent + ", which comes later or not at all");
        }
        return l;
    }
}
