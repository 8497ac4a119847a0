package org.balint.core.credit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * Where a provider keeps its members' answers about reporting their completion
 * ({@link CompletionSharingConsent}): one answer per group and member, the latest. Implemented outside
 * the core (for example by a database adapter working in the caller's transaction).
 */
public interface CompletionSharingConsents {

    /** Keeps {@code answer} as the member's answer for its group, replacing any earlier one. */
    void record(CompletionSharingConsent answer);

    /** The member's answer for {@code group}, if they gave one. */
    Optional<CompletionSharingConsent> find(GroupId group, MemberId member);

    /** Every answer given for {@code group}, by member. */
    List<CompletionSharingConsent> ofGroup(GroupId group);

    /** The members of {@code group} who agreed to have their completion reported. */
    default Set<MemberId> agreedIn(GroupId group) {
        return ofGroup(group).stream().filter(CompletionSharingConsent::given).map(CompletionSharingConsent::member)
                .collect(Collectors.toUnmodifiableSet());
    }
}
