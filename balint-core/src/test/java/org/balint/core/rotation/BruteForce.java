package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

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
        return everyoneCanPresent(situation, withOverrides, takingEveryVolunteer, Set.of());
    }

    /**
     * As {@link #everyoneCanPresent(RandomGroups.Situation, boolean, boolean)} after the members in
     * {@code left} dropped out: they need no turn, and their offers and the leader's assignments of them
     * no longer count.
     */
    static boolean everyoneCanPresent(RandomGroups.Situation situation, boolean withOverrides,
            boolean takingEveryVolunteer, Set<Integer> left) {
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
                if (left.contains(override[0])) {
                    continue;
                }
                places[override[1]]--;
                taken[override[0]][override[1]] = true;
            }
        }
        if (takingEveryVolunteer) {
            for (int[] offer : situation.volunteers()) {
                if (taken[offer[0]][offer[1]] || left.contains(offer[0])) {
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
            if (!hasTurn[m] && !left.contains(m)) {
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
    /**
     * The most places of the request's current plan (in sessions not yet held) that any plan giving
     * every member a turn can keep; -1 when no plan gives every member a turn. Ignores volunteers
     * and overrides.
     */
    static int mostPlacesKept(RotationRequest request) {
        int held = request.heldSessions();
        int sessions = request.sessionCount();
        List<MemberId> members = request.members();
        Set<MemberId> presented = new HashSet<>();
        request.history().values().forEach(presented::addAll);
        var keepable = new ArrayList<PresentationSlot>();
        for (PresentationSlot slot : request.currentPlan().orElseThrow().slots()) {
            if (slot.session().value() > held && members.contains(slot.presenter())
                    && !request.isUnavailable(slot.presenter(), slot.session())) {
                keepable.add(slot);
            }
        }
        int best = -1;
        for (int mask = 0; mask < 1 << keepable.size(); mask++) {
            int kept = Integer.bitCount(mask);
            if (kept <= best) {
                continue;
            }
            int[] places = new int[sessions + 1];
            java.util.Arrays.fill(places, request.casesPerSession());
            boolean[][] taken = new boolean[members.size()][sessions + 1];
            Set<MemberId> hasTurn = new HashSet<>(presented);
            boolean fits = true;
            for (int i = 0; i < keepable.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    PresentationSlot slot = keepable.get(i);
                    fits &= --places[slot.session().value()] >= 0;
                    taken[members.indexOf(slot.presenter())][slot.session().value()] = true;
                    hasTurn.add(slot.presenter());
                }
            }
            var needing = new ArrayList<Integer>();
            for (int m = 0; m < members.size(); m++) {
                if (!hasTurn.contains(members.get(m))) {
                    needing.add(m);
                }
            }
            if (fits && placeAll(request, needing, 0, places, taken)) {
                best = kept;
            }
        }
        return best;
    }

    private static boolean placeAll(RotationRequest request, List<Integer> needing, int next, int[] places,
            boolean[][] taken) {
        if (next == needing.size()) {
            return true;
        }
        int m = needing.get(next);
        MemberId member = request.members().get(m);
        for (int s = request.heldSessions() + 1; s <= request.sessionCount(); s++) {
            if (places[s] > 0 && !taken[m][s] && !request.isUnavailable(member, SessionNumber.of(s))) {
                places[s]--;
                boolean placed = placeAll(request, needing, next + 1, places, taken);
                places[s]++;
                if (placed) {
                    return true;
                }
            }
        }
        return false;
    }
}
