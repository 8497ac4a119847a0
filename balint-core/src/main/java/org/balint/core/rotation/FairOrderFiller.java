package org.balint.core.rotation;

/**
 * Fills the places left after overrides, volunteers and kept places, session by session, in fair
 * order: at each place it takes, among the members who can attend and are not already presenting in
 * that session,
 * <ol>
 *   <li>a member who does not present in the session before or after (no consecutive turns where
 *       that can be avoided);
 *   <li>then the member with the fewest presentations so far (held and planned);
 *   <li>then the member whose last presentation is longest ago (never counts as longest);
 *   <li>then the member earlier on the roster;
 * </ol>
 * skipping any choice that would leave a member who still needs a turn without a place (checked with
 * {@link TurnMatching}). A place is left open only when nobody who can attend is left.
 */
final class FairOrderFiller {

    private FairOrderFiller() {
    }

    /**
     * The planned (member, future session) flags: the fixed ones plus those filled in fair order.
     *
     * @param winners the members whose first turn must be found a place
     */
    static boolean[] fill(PlanningProblem problem, boolean[] fixed, boolean[] winners) {
        int members = problem.memberCount;
        int futures = problem.futureCount;
        int sessions = problem.sessionCount;
        int width = sessions + 2;
        boolean[] presents = new boolean[members * width];
        int[] count = new int[members];
        int[] last = problem.lastPresented.clone();
        int[] free = problem.openPlaces.clone();
        boolean[] planned = fixed.clone();
        problem.request.history().forEach((session, presenters) -> {
            for (int m = 0; m < members; m++) {
                if (presenters.contains(problem.members[m])) {
                    presents[m * width + session.value()] = true;
                }
            }
        });
        for (int m = 0; m < members; m++) {
            count[m] = problem.historyCount[m];
            for (int f = 0; f < futures; f++) {
                int pair = m * futures + f;
                if (problem.overridden[pair] || fixed[pair]) {
                    presents[m * width + problem.held + 1 + f] = true;
                    count[m]++;
                }
                if (fixed[pair]) {
                    free[f]--;
                }
            }
        }
        boolean[] needing = new boolean[members];
        for (int m = 0; m < members; m++) {
            needing[m] = winners[m] && count[m] == 0;
        }
        var matching = new TurnMatching(problem, free, needing);
        if (matching.matchAll() != 0) {
            throw new IllegalStateException("the fixed places leave a member without a turn");
        }
        long[] keys = new long[members];
        for (int f = 0; f < futures; f++) {
            int session = problem.held + 1 + f;
            while (matching.openPlaces(f) > 0) {
                int candidates = 0;
                for (int m = 0; m < members; m++) {
                    int row = m * width;
                    if (problem.canPresent[m * futures + f] && !presents[row + session]) {
                        long adjacent = (presents[row + session - 1] ? 1 : 0) + (presents[row + session + 1] ? 1 : 0);
                        keys[candidates++] = adjacent << 48 | (long) count[m] << 32 | (long) last[m] << 16 | m;
                    }
                }
                java.util.Arrays.sort(keys, 0, candidates);
                int chosen = -1;
                for (int i = 0; i < candidates && chosen < 0; i++) {
                    int candidate = (int) (keys[i] & 0xFFFF);
                    if (matching.tryPlace(candidate, f)) {
                        chosen = candidate;
                    }
                }
                if (chosen < 0) {
                    break;
                }
                presents[chosen * width + session] = true;
                planned[chosen * futures + f] = true;
                count[chosen]++;
            }
            matching.close(f);
            for (int m = 0; m < members; m++) {
                if (presents[m * width + session]) {
                    last[m] = session;
                }
            }
        }
        for (int m = 0; m < members; m++) {
            if (winners[m] && count[m] == 0) {
                throw new IllegalStateException("member " + problem.members[m] + " was left without a turn");
            }
        }
        return planned;
    }
}
