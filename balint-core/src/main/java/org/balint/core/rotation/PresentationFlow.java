package org.balint.core.rotation;

/**
 * Chooses which volunteer offers and which places of the current plan to keep, as a minimum-cost flow
 * from members to future sessions (successive shortest paths). The costs are tiers, each worth more
 * than everything below it together:
 * <ol>
 *   <li>every member who still needs a turn gets one (the guarantee);
 *   <li>as many volunteer offers as possible are taken, those of members earlier in the fair order
 *       first when a session is oversubscribed;
 *   <li>as many places of the current plan as possible are kept, nearer sessions first (so that
 *       changes fall as late as possible);
 * </ol>
 * The flow only fixes volunteer offers and kept places; who fills the remaining places is decided
 * afterwards in fair order. With a dozen members and eight sessions the network has about twenty
 * nodes and a few hundred arcs, and each shortest path is found with a queue-based Bellman–Ford.
 */
final class PresentationFlow {

    private final int nodeCount;
    private final int[] head;
    private final int[] next;
    private final int[] to;
    private final int[] capacity;
    private final long[] cost;
    private int edgeCount;

    private final long[] distance;
    private final int[] previousEdge;
    private final boolean[] queued;
    private final int[] queue;

    private PresentationFlow(int nodeCount, int maxEdges) {
        this.nodeCount = nodeCount;
        this.head = new int[nodeCount];
        java.util.Arrays.fill(head, -1);
        this.next = new int[2 * maxEdges];
        this.to = new int[2 * maxEdges];
        this.capacity = new int[2 * maxEdges];
        this.cost = new long[2 * maxEdges];
        this.distance = new long[nodeCount];
        this.previousEdge = new int[nodeCount];
        this.queued = new boolean[nodeCount];
        this.queue = new int[nodeCount];
    }

    /**
     * The volunteer offers and current-plan places to fix, as a flag per (member, future session).
     *
     * @param needing the members whose first turn must be found a place
     */
    static boolean[] fixedPlaces(PlanningProblem problem, boolean[] needing) {
        int members = problem.memberCount;
        int futures = problem.futureCount;
        boolean anyChoice = false;
        for (int pair = 0; pair < members * futures && !anyChoice; pair++) {
            anyChoice = problem.canPresent[pair] && (problem.volunteers[pair] || problem.kept[pair]);
        }
        if (!anyChoice) {
            return new boolean[members * futures];
        }
        long places = 0;
        for (int f = 0; f < futures; f++) {
            places += problem.openPlaces[f];
        }
        long keptUnit = places * futures + 1;
        long keptMax = places * (keptUnit + futures);
        long volunteerTieUnit = keptMax + 1;
        long volunteerUnit = (places * members + 1) * volunteerTieUnit;
        long volunteerMax = places * (volunteerUnit + members * volunteerTieUnit);
        long firstTurn = volunteerMax + 1;

        int source = 0;
        int sink = members + futures + 1;
        var flow = new PresentationFlow(sink + 1, 2 * members + members * futures + futures);
        for (int m = 0; m < members; m++) {
            if (needing[m]) {
                flow.addEdge(source, 1 + m, 1, -firstTurn);
            }
            flow.addEdge(source, 1 + m, futures, 0);
        }
        int[] pairEdge = new int[members * futures];
        for (int m = 0; m < members; m++) {
            for (int f = 0; f < futures; f++) {
                int pair = m * futures + f;
                pairEdge[pair] = -1;
                boolean valued = problem.volunteers[pair] || problem.kept[pair];
                // A place that is neither offered nor kept only matters as a first turn: in any
                // flow, such a place given to a member who already has a turn can be dropped at no cost.
                if (problem.canPresent[pair] && (needing[m] || valued)) {
                    long value = 0;
                    if (problem.volunteers[pair]) {
                        value += volunteerUnit + (members - problem.fairRank[m]) * volunteerTieUnit;
                    }
                    if (problem.kept[pair]) {
                        value += keptUnit + (futures - f);
                    }
                    pairEdge[pair] = flow.addEdge(1 + m, 1 + members + f, 1, -value);
                }
            }
        }
        for (int f = 0; f < futures; f++) {
            flow.addEdge(1 + members + f, sink, Math.max(0, problem.openPlaces[f]), 0);
        }
        flow.run(source, sink);
        boolean[] fixed = new boolean[members * futures];
        for (int pair = 0; pair < pairEdge.length; pair++) {
            int edge = pairEdge[pair];
            if (edge >= 0 && flow.capacity[edge] == 0 && (problem.volunteers[pair] || problem.kept[pair])) {
                fixed[pair] = true;
            }
        }
        return fixed;
    }

    private int addEdge(int from, int target, int cap, long edgeCost) {
        int edge = edgeCount;
        to[edge] = target;
        capacity[edge] = cap;
        cost[edge] = edgeCost;
        next[edge] = head[from];
        head[from] = edge;
        to[edge + 1] = from;
        capacity[edge + 1] = 0;
        cost[edge + 1] = -edgeCost;
        next[edge + 1] = head[target];
        head[target] = edge + 1;
        edgeCount += 2;
        return edge;
    }

    /** Augments along shortest paths for as long as they lower the total cost. */
    private void run(int source, int sink) {
        while (shortestPaths(source, sink) < 0) {
            int bottleneck = Integer.MAX_VALUE;
            for (int node = sink; node != source; node = to[previousEdge[node] ^ 1]) {
                bottleneck = Math.min(bottleneck, capacity[previousEdge[node]]);
            }
            for (int node = sink; node != source; node = to[previousEdge[node] ^ 1]) {
                capacity[previousEdge[node]] -= bottleneck;
                capacity[previousEdge[node] ^ 1] += bottleneck;
            }
        }
    }

    /**
     * Cheapest path costs from {@code source} (Bellman–Ford with a queue; the residual graph of a
     * successive-shortest-path flow never has a negative cycle). Returns the cost to {@code sink}.
     */
    private long shortestPaths(int source, int sink) {
        java.util.Arrays.fill(distance, Long.MAX_VALUE);
        java.util.Arrays.fill(previousEdge, -1);
        distance[source] = 0;
        int headIndex = 0;
        queue[0] = source;
        int size = 1;
        queued[source] = true;
        while (size > 0) {
            int node = queue[headIndex];
            headIndex = (headIndex + 1) % nodeCount;
            size--;
            queued[node] = false;
            for (int edge = head[node]; edge >= 0; edge = next[edge]) {
                if (capacity[edge] > 0 && distance[node] + cost[edge] < distance[to[edge]]) {
                    int target = to[edge];
                    distance[target] = distance[node] + cost[edge];
                    previousEdge[target] = edge;
                    if (!queued[target]) {
                        queued[target] = true;
                        queue[(headIndex + size) % nodeCount] = target;
                        size++;
                    }
                }
            }
        }
        return distance[sink];
    }
}
