package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/** Explains, after a maximum matching left members without a place, why they cannot all get a turn. */
final class ConflictFinder {

    private ConflictFinder() {
    }

    static List<RotationConflict> explain(PlanningProblem problem, TurnMatching matching) {
        int members = problem.memberCount;
        int futures = problem.futureCount;
        var conflicts = new ArrayList<RotationConflict>();
        var needing = new ArrayList<Integer>();
        for (int m = 0; m < members; m++) {
            if (matching.isNeeding(m)) {
                needing.add(m);
            }
        }
        if (futures == 0) {
            conflicts.add(new RotationConflict("no-sessions-remain", Wording.names(names(problem, needing))
                    + (needing.size() == 1 ? " has" : " have") + " not presented yet, but all "
                    + Wording.count(problem.sessionCount, "session has", "sessions have") + " been held",
                    ids(problem, needing), List.of()));
            return conflicts;
        }
        long places = 0;
        var allSessions = new ArrayList<Integer>();
        var openSessions = new ArrayList<Integer>();
        for (int f = 0; f < futures; f++) {
            places += Math.max(0, problem.openPlaces[f]);
            allSessions.add(problem.held + 1 + f);
            if (problem.openPlaces[f] > 0) {
                openSessions.add(problem.held + 1 + f);
            }
        }
        boolean shortOverall = needing.size() > places;
        if (shortOverall) {
            String need = Wording.count(needing.size(), "member still needs", "members still need") + " a turn but ";
            conflicts.add(new RotationConflict("not-enough-places", places == 0 ? need + "no places remain"
                    : need + "only " + Wording.count(places, "place remains", "places remain") + ", in "
                    + Wording.sessions(openSessions), ids(problem, needing), sessions(openSessions)));
        }
        boolean[] explained = new boolean[members];
        for (int m : needing) {
            boolean anySession = false;
            for (int f = 0; f < futures && !anySession; f++) {
                anySession = problem.canPresent[m * futures + f];
            }
            if (!anySession) {
                explained[m] = true;
                conflicts.add(new RotationConflict("unavailable-for-remaining-sessions", problem.nameOf(m)
                        + " still needs a turn but is unavailable for every remaining session ("
                        + Wording.sessions(allSessions) + ")", List.of(problem.members[m]), List.of()));
            }
        }
        Map<String, boolean[]> groups = new LinkedHashMap<>();
        Map<String, boolean[]> groupSessions = new LinkedHashMap<>();
        for (int m : needing) {
            if (explained[m] || matching.isMatched(m)) {
                continue;
            }
            boolean[] inSet = new boolean[members];
            boolean[] sessions = new boolean[futures];
            matching.competitors(m, inSet, sessions);
            String key = java.util.Arrays.toString(sessions);
            boolean[] union = groups.computeIfAbsent(key, k -> new boolean[members]);
            for (int i = 0; i < members; i++) {
                union[i] |= inSet[i];
            }
            groupSessions.put(key, sessions);
        }
        groups.forEach((key, inSet) -> {
            boolean[] sessions = groupSessions.get(key);
            var numbers = new ArrayList<Integer>();
            long open = 0;
            for (int f = 0; f < futures; f++) {
                if (sessions[f]) {
                    numbers.add(problem.held + 1 + f);
                    open += Math.max(0, matching.openPlaces(f));
                }
            }
            if (shortOverall && numbers.size() == futures) {
                return;
            }
            var group = new ArrayList<Integer>();
            for (int i = 0; i < members; i++) {
                if (inSet[i]) {
                    group.add(i);
                }
            }
            conflicts.add(new RotationConflict("too-few-places", Wording.names(names(problem, group))
                    + (group.size() == 1 ? " still needs" : " still need") + " a turn but can only present in " + Wording.sessions(numbers) + ", which "
                    + (numbers.size() == 1 ? "has " : "have ")
                    + (open == 0 ? "no open places" : Wording.count(open, "open place", "open places")
                    + (numbers.size() > 1 ? " between them" : "")),
                    ids(problem, group), sessions(numbers)));
        });
        return conflicts;
    }

    private static List<String> names(PlanningProblem problem, List<Integer> members) {
        var names = new ArrayList<String>();
        for (int m : members) {
            names.add(problem.nameOf(m));
        }
        return names;
    }

    private static List<MemberId> ids(PlanningProblem problem, List<Integer> members) {
        var ids = new ArrayList<MemberId>();
        for (int m : members) {
            ids.add(problem.members[m]);
        }
        return ids;
    }

    private static List<SessionNumber> sessions(List<Integer> numbers) {
        var sessions = new ArrayList<SessionNumber>();
        for (int n : numbers) {
            sessions.add(SessionNumber.of(n));
        }
        return sessions;
    }
}
