package org.balint.core.rotation;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/**
 * A validated request turned into small index-based arrays: members are numbered in roster order,
 * future sessions from 0 (the first session not yet held). Pairs (member, future session) are stored
 * at {@code member * futureCount + future}.
 */
final class PlanningProblem {

    final RotationRequest request;
    final int memberCount;
    final int sessionCount;
    final int held;
    final int futureCount;
    final MemberId[] members;
    /** Whether the member can be given a place in the future session: available and not already placed there by the leader. */
    final boolean[] canPresent;
    final boolean[] volunteers;
    final boolean[] kept;
    final boolean[] overridden;
    /** Places per future session not taken by overrides. */
    final int[] openPlaces;
    final int[] historyCount;
    /** The last held session the member presented in; 0 if none. */
    final int[] lastPresented;
    final int[] overrideCount;
    /** Position in the fair order (fewest presentations, longest since the last one, roster order). */
    final int[] fairRank;
    /** Members in fair order. */
    final int[] fairOrder;

    PlanningProblem(RotationRequest request, boolean withOverrides) {
        this.request = request;
        this.members = request.members().toArray(new MemberId[0]);
        this.memberCount = members.length;
        this.sessionCount = request.sessionCount();
        this.held = request.heldSessions();
        this.futureCount = sessionCount - held;
        Map<MemberId, Integer> index = new HashMap<>(memberCount * 2);
        for (int m = 0; m < memberCount; m++) {
            index.put(members[m], m);
        }
        int pairs = memberCount * futureCount;
        canPresent = new boolean[pairs];
        volunteers = new boolean[pairs];
        kept = new boolean[pairs];
        overridden = new boolean[pairs];
        openPlaces = new int[futureCount];
        historyCount = new int[memberCount];
        lastPresented = new int[memberCount];
        overrideCount = new int[memberCount];
        java.util.Arrays.fill(canPresent, true);
        java.util.Arrays.fill(openPlaces, request.casesPerSession());
        request.history().forEach((session, presenters) -> {
            for (MemberId presenter : presenters) {
                // Former members occupy their held place but take no part in anyone's fair order.
                Integer m = index.get(presenter);
                if (m != null) {
                    historyCount[m]++;
                    lastPresented[m] = Math.max(lastPresented[m], session.value());
                }
            }
        });
        for (PresentationSlot absence : request.unavailability()) {
            int f = future(absence.session());
            Integer m = index.get(absence.presenter());
            // Absences of former members are accepted and have no effect: they are never planned.
            if (f >= 0 && m != null) {
                canPresent[m * futureCount + f] = false;
            }
        }
        for (PresentationSlot offer : request.volunteers()) {
            volunteers[index.get(offer.presenter()) * futureCount + future(offer.session())] = true;
        }
        if (withOverrides) {
            for (PresentationSlot override : request.overrides()) {
                int m = index.get(override.presenter());
                int f = future(override.session());
                overridden[m * futureCount + f] = true;
                canPresent[m * futureCount + f] = false;
                overrideCount[m]++;
                openPlaces[f]--;
            }
        }
        request.currentPlan().ifPresent(plan -> {
            for (PresentationSlot slot : plan.slots()) {
                Integer m = index.get(slot.presenter());
                int f = future(slot.session());
                if (m != null && f >= 0) {
                    kept[m * futureCount + f] = true;
                }
            }
        });
        fairOrder = new int[memberCount];
        fairRank = new int[memberCount];
        Integer[] order = new Integer[memberCount];
        for (int m = 0; m < memberCount; m++) {
            order[m] = m;
        }
        java.util.Arrays.sort(order, (a, b) -> historyCount[a] != historyCount[b]
                ? Integer.compare(historyCount[a], historyCount[b])
                : lastPresented[a] != lastPresented[b] ? Integer.compare(lastPresented[a], lastPresented[b])
                : Integer.compare(a, b));
        for (int r = 0; r < memberCount; r++) {
            fairOrder[r] = order[r];
            fairRank[order[r]] = r;
        }
    }

    /** The future index of {@code session}, or -1 if it has been held. */
    int future(SessionNumber session) {
        return session.value() - held - 1;
    }

    SessionNumber session(int future) {
        return SessionNumber.of(held + 1 + future);
    }

    /** Whether the member has no presentation yet: none held and none assigned by the leader. */
    boolean needsTurn(int member) {
        return historyCount[member] == 0 && overrideCount[member] == 0;
    }

    String nameOf(int member) {
        return request.nameOf(members[member]);
    }

    SortedSet<MemberId> heldPresenters(SessionNumber session) {
        return request.history().get(session);
    }
}
