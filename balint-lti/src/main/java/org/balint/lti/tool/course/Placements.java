package org.balint.lti.tool.course;

import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.session.LaunchSession;
import org.balint.persistence.tenant.Tenant;

/**
 * What the course services share: the tool's link tables and Balint's records, and the lookups every
 * service makes for a placement and a person.
 */
final class Placements {

    final CourseBindings bindings;
    final UserLinks users;
    final BalintRecords records;

    Placements(CourseBindings bindings, UserLinks users, BalintRecords records) {
        this.bindings = Objects.requireNonNull(bindings, "bindings");
        this.users = Objects.requireNonNull(users, "users");
        this.records = Objects.requireNonNull(records, "records");
    }

    /**
     * The placement's group: bound and stored. A binding whose group was never stored (the leader's
     * set-up failed after the binding was written) counts as no group: the next set-up completes it.
     */
    Optional<BalintGroup> group(CourseKey key) {
        return bindings.find(key).flatMap(binding -> group(Tenancy.of(key.deployment()), binding.group()));
    }

    Optional<BalintGroup> group(Tenant tenant, GroupId id) {
        return records.inTransaction(tenant, r -> r.groups().find(id));
    }

    /** The Balint id of the session's person, linked when they launched. */
    Optional<MemberId> member(LaunchSession session) {
        return users.find(new LmsUser(session.course().deployment().issuer(), session.course().deployment().clientId(),
                session.subject(), Optional.empty(), Optional.empty())).map(UserLink::member);
    }

    static LaunchView.Refused sessionGone() {
        return new LaunchView.Refused("session-unknown", 401,
                "This page's session no longer matches your account. Launch Balint again from your course: open the "
                        + "activity in the LMS.");
    }
}
