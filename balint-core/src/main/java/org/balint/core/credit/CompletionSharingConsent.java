package org.balint.core.credit;

import java.time.Instant;
import java.util.Objects;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * A member's answer to whether the provider may report their completion of a group series (name,
 * completion date and credit) to the accreditor's learner reporting, such as ACCME's Program and
 * Activity Reporting System, where licensing and certifying boards read it. Only members who said yes
 * appear in such a report; a member who never answered is treated as having said no.
 *
 * <p>The answer can be changed at any time; the latest one counts. It holds no case content.
 *
 * @param group      the group whose series the answer covers
 * @param member     the member who answered
 * @param given      whether the member agreed to have their completion reported
 * @param answeredAt when the member gave this answer
 */
public record CompletionSharingConsent(GroupId group, MemberId member, boolean given, Instant answeredAt) {

    public CompletionSharingConsent {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }

    /** The member agreed, at {@code at}, to have their completion of {@code group}'s series reported. */
    public static CompletionSharingConsent given(GroupId group, MemberId member, Instant at) {
        return new CompletionSharingConsent(group, member, true, at);
    }

    /** The member declined (or withdrew), at {@code at}, to have their completion reported. */
    public static CompletionSharingConsent withdrawn(GroupId group, MemberId member, Instant at) {
        return new CompletionSharingConsent(group, member, false, at);
    }
}
