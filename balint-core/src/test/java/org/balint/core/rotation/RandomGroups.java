package org.balint.core.rotation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

/**
 * A small random group situation (up to six members and six sessions), kept as plain facts so that
 * property tests can rebuild it in any order, check it by brute force, and vary it.
 */
final class RandomGroups {

    /** The facts of one situation; all lists of (member index, session number) pairs. */
    record Situation(int members, int sessions, int cases, int held, List<List<Integer>> history,
            List<int[]> unavailable, List<int[]> volunteers, List<int[]> overrides) {

        MemberId member(int m) {
            return RotationFixture.id(RotationFixture.SURNAMES.get(m));
        }

        boolean isUnavailable(int m, int s) {
            return unavailable.stream().anyMatch(p -> p[0] == m && p[1] == s);
        }

        /** The request, with every collection given in an order drawn from {@code shuffle}. */
        RotationRequest request(Random shuffle) {
            return builder(shuffle, Set.of(), true).build().orElseThrow();
        }

        /**
         * The request's builder after the members in {@code left} have dropped out: they are listed as
         * former members whose held presentations stay recorded ({@code keepTheirHistory}), or are
         * forgotten altogether, presentations included. Either way their offers, absences and the
         * leader's assignments no longer count.
         */
        RotationRequest.Builder builder(Random shuffle, Set<Integer> left, boolean keepTheirHistory) {
            var builder = RotationRequest.forSessions(sessions).casesPerSession(cases);
            for (int m = 0; m < members; m++) {
                if (!left.contains(m)) {
                    builder.member(member(m), RotationFixture.SURNAMES.get(m));
                } else if (keepTheirHistory) {
                    builder.formerMember(member(m), RotationFixture.SURNAMES.get(m));
                }
            }
            var sessionsHeld = new ArrayList<Integer>();
            for (int s = 1; s <= held; s++) {
                sessionsHeld.add(s);
            }
            Collections.shuffle(sessionsHeld, shuffle);
            for (int s : sessionsHeld) {
                var presenters = new ArrayList<MemberId>();
                history.get(s - 1).stream().filter(m -> keepTheirHistory || !left.contains(m))
                        .forEach(m -> presenters.add(member(m)));
                Collections.shuffle(presenters, shuffle);
                builder.held(SessionNumber.of(s), presenters);
            }
            shuffled(unavailable, shuffle).stream().filter(p -> !left.contains(p[0]))
                    .forEach(p -> builder.unavailable(member(p[0]), SessionNumber.of(p[1])));
            shuffled(volunteers, shuffle).stream().filter(p -> !left.contains(p[0]))
                    .forEach(p -> builder.volunteer(member(p[0]), SessionNumber.of(p[1])));
            shuffled(overrides, shuffle).stream().filter(p -> !left.contains(p[0]))
                    .forEach(p -> builder.override(SessionNumber.of(p[1]), member(p[0])));
            return builder;
        }

        RotationRequest request() {
            return request(new Random(0));
        }

        /** Whether member {@code m} has presented in a held session or been given a place by the leader. */
        boolean hasTurn(int m, boolean countOverrides) {
            boolean presented = history.stream().anyMatch(list -> list.contains(m));
            boolean overridden = countOverrides && overrides.stream().anyMatch(p -> p[0] == m);
            return presented || overridden;
        }

        private static List<int[]> shuffled(List<int[]> pairs, Random random) {
            var copy = new ArrayList<>(pairs);
            Collections.shuffle(copy, random);
            return copy;
        }
    }

    private RandomGroups() {
    }

    static Situation situation(int members, int sessions, int cases, long seed, boolean withOverrides) {
        var random = new Random(seed);
        int held = random.nextInt(4) == 0 ? 0 : random.nextInt(sessions + 1);
        var history = new ArrayList<List<Integer>>();
        for (int s = 1; s <= held; s++) {
            var presenters = new ArrayList<Integer>();
            int count = random.nextInt(cases + 1);
            while (presenters.size() < Math.min(count, members)) {
                int m = random.nextInt(members);
                if (!presenters.contains(m)) {
                    presenters.add(m);
                }
            }
            history.add(presenters);
        }
        double absence = random.nextBoolean() ? 0.2 : 0.5;
        var unavailable = new ArrayList<int[]>();
        for (int m = 0; m < members; m++) {
            for (int s = 1; s <= sessions; s++) {
                if (random.nextDouble() < absence) {
                    unavailable.add(new int[] {m, s});
                }
            }
        }
        var situation = new Situation(members, sessions, cases, held, history, unavailable, new ArrayList<>(),
                new ArrayList<>());
        for (int m = 0; m < members; m++) {
            for (int s = held + 1; s <= sessions; s++) {
                if (!situation.isUnavailable(m, s) && random.nextDouble() < 0.12) {
                    situation.volunteers().add(new int[] {m, s});
                }
            }
        }
        if (withOverrides) {
            for (int session = held + 1; session <= sessions; session++) {
                int s = session;
                int assigned = 0;
                for (int m = 0; m < members && assigned < cases; m++) {
                    int pick = (m + s) % members;
                    int[] pair = {pick, s};
                    boolean offered = situation.volunteers().stream().anyMatch(p -> p[0] == pick && p[1] == s);
                    if (!situation.isUnavailable(pick, s) && !offered && random.nextDouble() < 0.25) {
                        situation.overrides().add(pair);
                        assigned++;
                    }
                }
            }
        }
        return situation;
    }
}
