package org.balint.core.rotation;

/**
 * Matches the members who still need a turn to open places in future sessions (a bipartite matching
 * with session capacities, found by augmenting paths). It answers whether everyone can still get a
 * turn, keeps that answer up to date while places are filled one by one, and, when the answer is no,
 * finds the sets of members who compete for too few places (Hall's condition).
 */
final class TurnMatching {

    private final PlanningProblem problem;
    private final int futureCount;
    private final int memberCount;
    /** Places still undecided per future session. */
    private final int[] free;
    /** Members still needing a turn matched to each future session. */
    private final int[] load;
    private final int[] matchOf;
    private final boolean[] needing;
    private final int[] visited;
    private int stamp;

    TurnMatching(PlanningProblem problem, int[] free, boolean[] needing) {
        this.problem = problem;
        this.futureCount = problem.futureCount;
        this.memberCount = problem.memberCount;
        this.free = free;
        this.needing = needing;
        this.load = new int[futureCount];
        this.matchOf = new int[memberCount];
        this.visited = new int[futureCount];
        java.util.Arrays.fill(matchOf, -1);
    }

    /** Matches the needing members in fair order; returns how many could not be matched. */
    int matchAll() {
        int unmatched = 0;
        for (int member : problem.fairOrder) {
            if (needing[member]) {
                stamp++;
                if (!augment(member, 0)) {
                    unmatched++;
                }
            }
        }
        return unmatched;
    }

    boolean isNeeding(int member) {
        return needing[member];
    }

    boolean isMatched(int member) {
        return matchOf[member] >= 0;
    }

    int openPlaces(int future) {
        return free[future];
    }

    /**
     * Tries to give {@code member} one place in {@code future}, the session being filled: succeeds
     * only if every member still needing a turn can still get one in the remaining places. On failure
     * nothing changes.
     */
    boolean tryPlace(int member, int future) {
        free[future]--;
        int previous = -2;
        if (needing[member]) {
            previous = matchOf[member];
            unassign(member);
            needing[member] = false;
        }
        if (load[future] > free[future] && !rerouteOneFrom(future)) {
            free[future]++;
            if (previous != -2) {
                needing[member] = true;
                if (previous >= 0) {
                    assign(member, previous);
                }
            }
            return false;
        }
        return true;
    }

    /** The session is filled as far as it can be: no member still needing a turn waits for it. */
    void close(int future) {
        if (load[future] != 0) {
            throw new IllegalStateException("members still matched to a closed session");
        }
        free[future] = 0;
    }

    private boolean rerouteOneFrom(int future) {
        for (int other = 0; other < memberCount; other++) {
            if (matchOf[other] == future) {
                stamp++;
                if (augment(other, future + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Finds an augmenting path that places {@code member} in a session from {@code from} on. */
    private boolean augment(int member, int from) {
        int base = member * futureCount;
        for (int f = from; f < futureCount; f++) {
            if (problem.canPresent[base + f] && visited[f] != stamp) {
                visited[f] = stamp;
                if (load[f] < free[f]) {
                    assign(member, f);
                    return true;
                }
                for (int other = 0; other < memberCount; other++) {
                    if (other != member && matchOf[other] == f && augment(other, from)) {
                        assign(member, f);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void assign(int member, int future) {
        unassign(member);
        matchOf[member] = future;
        load[future]++;
    }

    private void unassign(int member) {
        if (matchOf[member] >= 0) {
            load[matchOf[member]]--;
            matchOf[member] = -1;
        }
    }

    /**
     * For an unmatched member after {@link #matchAll()}: the members reachable by alternating paths
     * (who all compete for the same places) and the sessions they can present in. Those sessions are
     * all full, and have one place fewer than the members.
     */
    void competitors(int unmatched, boolean[] inSet, boolean[] sessions) {
        inSet[unmatched] = true;
        var stack = new java.util.ArrayDeque<Integer>();
        stack.push(unmatched);
        while (!stack.isEmpty()) {
            int member = stack.pop();
            int base = member * futureCount;
            for (int f = 0; f < futureCount; f++) {
                if (problem.canPresent[base + f] && !sessions[f]) {
                    sessions[f] = true;
                    for (int other = 0; other < memberCount; other++) {
                        if (matchOf[other] == f && !inSet[other]) {
                            inSet[other] = true;
                            stack.push(other);
                        }
                    }
                }
            }
        }
    }
}
