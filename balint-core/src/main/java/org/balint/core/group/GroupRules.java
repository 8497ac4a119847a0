package org.balint.core.group;

import java.util.Objects;

/**
 * The numbers a group series runs by, as data with sensible defaults ({@link #defaults()}): six to
 * ten members, one case per session, a quorum of four members to hold a session, and no new members
 * once session 2 has been held.
 *
 * <p>Any combination can be written down; {@link GroupDraft} reports combinations that cannot work
 * (a minimum above the maximum, a quorum the group could never reach, closing after a session the
 * series does not have…).
 *
 * @param minMembers              fewest members the group should run with
 * @param maxMembers              most members the group takes
 * @param casesPerSession         how many cases are presented in each session
 * @param quorum                  members who must be present to hold a session
 * @param closesToNewMembersAfter once this session has been held, nobody new may join
 */
public record GroupRules(int minMembers, int maxMembers, int casesPerSession, int quorum,
        SessionNumber closesToNewMembersAfter) {

    public static final int DEFAULT_MIN_MEMBERS = 6;
    public static final int DEFAULT_MAX_MEMBERS = 10;
    public static final int DEFAULT_CASES_PER_SESSION = 1;
    public static final int DEFAULT_QUORUM = 4;
    public static final SessionNumber DEFAULT_CLOSES_AFTER = SessionNumber.of(2);

    public GroupRules {
        Objects.requireNonNull(closesToNewMembersAfter, "closesToNewMembersAfter");
    }

    /** Six to ten members, one case per session, quorum of four, closed to newcomers after session 2. */
    public static GroupRules defaults() {
        return new GroupRules(DEFAULT_MIN_MEMBERS, DEFAULT_MAX_MEMBERS, DEFAULT_CASES_PER_SESSION,
                DEFAULT_QUORUM, DEFAULT_CLOSES_AFTER);
    }

    public GroupRules withCapacity(int min, int max) {
        return new GroupRules(min, max, casesPerSession, quorum, closesToNewMembersAfter);
    }

    public GroupRules withCasesPerSession(int cases) {
        return new GroupRules(minMembers, maxMembers, cases, quorum, closesToNewMembersAfter);
    }

    public GroupRules withQuorum(int membersPresent) {
        return new GroupRules(minMembers, maxMembers, casesPerSession, membersPresent, closesToNewMembersAfter);
    }

    public GroupRules closingToNewMembersAfter(SessionNumber session) {
        return new GroupRules(minMembers, maxMembers, casesPerSession, quorum, session);
    }
}
