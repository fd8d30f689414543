package confine.controller;

/**
 * What a controller starts with: the sample documents of the API reference (a group, a user,
 * an island, a template, node 1413, slice 7, sliver 42 and the server), plus, if asked, a
 * generated testbed of {@code nodes} nodes and {@code slices} slices with
 * {@code sliversPerSlice} slivers each, spread over the nodes.
 *
 * @param nodes generated nodes, beside the sample node
 * @param slices generated slices, beside the sample slice
 * @param sliversPerSlice slivers of each generated slice (at most one per node)
 */
public record Seed(int nodes, int slices, int sliversPerSlice) {

    public Seed {
        if (nodes < 0 || slices < 0 || sliversPerSlice < 0) {
            throw new IllegalArgumentException("negative seed size: " + nodes + ", " + slices + ", " + sliversPerSlice);
        }
    }

    /** The sample documents only. */
    public static Seed fixtures() {
        return new Seed(0, 0, 0);
    }

    /** The sample documents and a generated testbed. */
    public static Seed generated(int nodes, int slices, int sliversPerSlice) {
        return new Seed(nodes, slices, sliversPerSlice);
    }
}
