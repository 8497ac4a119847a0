package org.balint.core.attendance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;

/** Finds the member a report row belongs to: by e-mail address first, then by name; never by guessing. */
final class MemberMatcher {

    /** The members a row matched: exactly one is a match; none or several leave the row unmatched. */
    record Match(List<MemberId> members) {
        Match {
            members = List.copyOf(members);
        }

        Optional<MemberId> single() {
            return members.size() == 1 ? Optional.of(members.get(0)) : Optional.empty();
        }
    }

    private final Map<String, List<MemberId>> byEmail = new HashMap<>();
    private final Map<String, List<MemberId>> byName = new HashMap<>();

    MemberMatcher(List<Member> members) {
        for (Member member : members) {
            byEmail.computeIfAbsent(member.contact().normalizedEmail(), k -> new ArrayList<>()).add(member.id());
            byName.computeIfAbsent(PersonName.key(member.name()), k -> new ArrayList<>()).add(member.id());
        }
    }

    Match match(String name, Optional<String> email) {
        if (email.isPresent()) {
            var sameEmail = byEmail.getOrDefault(email.get().strip().toLowerCase(Locale.ROOT), List.of());
            if (!sameEmail.isEmpty()) {
                return new Match(new ArrayList<>(new TreeSet<>(sameEmail)));
            }
        }
        var sameName = new TreeSet<MemberId>();
        for (String key : PersonName.keys(name)) {
            sameName.addAll(byName.getOrDefault(key, List.of()));
        }
        return new Match(new ArrayList<>(sameName));
    }
}
