package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.List;

/**
 * Exhaustive search over small situations: can every member who still needs a turn get one in a
 * future session they can attend, given the places left by overrides (and, optionally, with every
 * volunteer offer taken as well)?
 */
final class BruteForce {

    private BruteForce() {
    }

    static boolean everyoneCanPresent(RandomGroups.Situation situation, boolean withOverrides,
            boolean takingEveryVolunteer) {
        int[] places = new int[situation.sessions() + 1];
        for (int s = situation.held() + 1; s <= situation.sessions(); s++) {
            places[s] = situation.cases();
        }
        boolean[][] taken = new boolean[situation.members()][situation.sessions() + 1];
        boolean[] hasTurn = new boolean[situation.members()];
        for (int m = 0; m < situation.members(); m++) {
            hasTurn[m] = situation.hasTurn(m, withOverrides);
        }
        if (withOverrides) {
            for (int[] override : situation.overrides()) {
                places[override[1]]--;
                taken[override[0]][override[1]] = true;
            }
        }
        if (takingEveryVolunteer) {
            for (int[] offer : situation.volunteers()) {
                if (taken[offer[0]][offer[1]]) {
                    continue;
                }
                places[offer[1]]--;
                taken[offer[0]][offer[1]] = true;
                hasTurn[offer[0]] = true;
            }
            for (int s = 1; s <= situation.sessions(); s++) {
                if (places[s] < 0) {
                    return false;
                }
            }
        }
        List<Integer> needing = new ArrayList<>();
        for (int m = 0; m < situation.members(); m++) {
            if (!hasTurn[m]) {
                needing.add(m);
            }
        }
        return place(situation, needing, 0, places, taken);
    }

    private static boolean place(RandomGroups.Situation situation, List<Integer> needing, int next, int[] places,
            boolean[][] taken) {
        if (next == needing.size()) {
            return true;
        }
        int m = needing.get(next);
        for (int s = situation.held() + 1; s <= situation.sessions(); s++) {
            if (places[s] > 0 && !taken[m][s] && !situation.isUnavailable(m, s)) {
                places[s]--;
                if (place(situation, needing, next + 1, places, taken)) {
                    places[s]++;
                    return true;
                }
                places[s]++;
            }
        }
        return false;
    }
}
