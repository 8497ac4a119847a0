package org.balint.core.group;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Balint group series: a closed group of clinicians who meet by video for a fixed series of
 * sessions (eight by default), each member presenting at least one case about a difficult
 * clinician–patient relationship, led by faculty who never present.
 *
 * <p>A group comes into being only through {@link GroupDraft#validate()}, so every group satisfies
 * every group rule: a leader, an unambiguous schedule with one entry per session, an https
 * video-meeting link, members listed once and distinct from the faculty, no more members than the
 * capacity, and a presentation slot for every member. It is immutable: {@link #join} and
 * {@link #leave} return a new group (or the reasons for refusing), and {@link #toDraft()} starts an
 * edit that is validated again.
 *
 * <p>The group fills up through registration and closes to new members once the session named in
 * {@link GroupRules#closesToNewMembersAfter()} has been held, so that the group can settle into
 * trust; members who leave after the series has started are drop-outs.
 */
public final class BalintGroup {

    private final GroupId id;
    private final String title;
    private final GroupSchedule schedule;
    private final URI videoLink;
    private final Faculty faculty;
    private final List<Member> members;
    private final GroupRules rules;

    /** Builds the group from a draft {@link GroupPolicies} found nothing wrong with. */
    BalintGroup(GroupDraft draft) {
        this(draft.id(), draft.title(), GroupSchedule.of(draft.zone().orElseThrow(), draft.sessions()),
                URI.create(draft.videoLink().orElseThrow()),
                new Faculty(draft.leader().orElseThrow(), draft.coLeaders(), draft.candidateLeader(), draft.supervisor()),
                draft.members(), draft.rules());
    }

    private BalintGroup(GroupId id, String title, GroupSchedule schedule, URI videoLink, Faculty faculty,
            List<Member> members, GroupRules rules) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.videoLink = Objects.requireNonNull(videoLink, "videoLink");
        this.faculty = Objects.requireNonNull(faculty, "faculty");
        this.members = List.copyOf(members);
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Starts setting up a new group series with this id. */
    public static GroupDraft draft(GroupId id) {
        return new GroupDraft(id);
    }

    /** A draft holding everything in this group, to change and validate again. */
    public GroupDraft toDraft() {
        var draft = new GroupDraft(id).title(title).numberOfSessions(schedule.size())
                .schedule(schedule.zone(), schedule.sessions()).videoLink(videoLink).leader(faculty.leader())
                .members(members).rules(rules);
        for (FacultyMember coLeader : faculty.coLeaders()) {
            draft = draft.coLeader(coLeader);
        }
        if (faculty.candidateLeader().isPresent()) {
            draft = draft.candidateLeader(faculty.candidateLeader().get());
        }
        if (faculty.supervisor().isPresent()) {
            draft = draft.supervisor(faculty.supervisor().get());
        }
        return draft;
    }

    public GroupId id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** How many sessions the series has. */
    public int numberOfSessions() {
        return schedule.size();
    }

    public GroupSchedule schedule() {
        return schedule;
    }

    /** The https link members use to join the video meeting. */
    public URI videoLink() {
        return videoLink;
    }

    public Faculty faculty() {
        return faculty;
    }

    /** The members, in the order they joined. */
    public List<Member> members() {
        return members;
    }

    public GroupRules rules() {
        return rules;
    }

    public Optional<Member> member(MemberId id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public boolean isMember(MemberId id) {
        return member(id).isPresent();
    }

    /** Sessions × cases per session: how many presentations the series has room for. */
    public int presentationSlots() {
        return schedule.size() * rules.casesPerSession();
    }

    /**
     * The presentation slots in sessions not yet held by {@code at}: the turns still available to
     * members who have not presented. The rotation plans who takes them.
     */
    public int presentationSlotsLeftAt(Instant at) {
        return (schedule.size() - schedule.sessionsHeldBy(at).size()) * rules.casesPerSession();
    }

    /**
     * How many more members the group can take: up to its maximum, and never more than there are
     * presentation slots, so that every member gets a turn.
     */
    public int placesLeft() {
        return Math.max(0, Math.min(rules.maxMembers(), presentationSlots()) - members.size());
    }

    public boolean isFull() {
        return placesLeft() == 0;
    }

    /** Whether the group has fewer members than it should run with. */
    public boolean isBelowMinimum() {
        return members.size() < rules.minMembers();
    }

    /** Whether the session after which the group closes has been held by {@code at}. */
    public boolean isClosedToNewMembersAt(Instant at) {
        return schedule.isHeldBy(rules.closesToNewMembersAfter(), at);
    }

    /** The first session that starts after {@code at}; empty once the last session has started. */
    public Optional<ScheduledSession> nextSessionAfter(Instant at) {
        return schedule.nextSessionAfter(at);
    }

    /** The sessions that have ended by {@code at}, in order. */
    public List<ScheduledSession> sessionsHeldBy(Instant at) {
        return schedule.sessionsHeldBy(at);
    }

    /** Whether {@code membersPresent} members are enough to hold a session. Faculty do not count. */
    public boolean hasQuorum(int membersPresent) {
        if (membersPresent < 0) {
            throw new IllegalArgumentException("a head count cannot be negative: " + membersPresent);
        }
        return membersPresent >= rules.quorum();
    }

    /**
     * Takes {@code newcomer} into the group at {@code at}, or refuses with every reason: the group has
     * closed to new members, is full, already has them (or their e-mail address), or they are on its
     * faculty.
     */
    public MembershipChange join(Member newcomer, Instant at) {
        Objects.requireNonNull(newcomer, "newcomer");
        Objects.requireNonNull(at, "at");
        var reasons = MembershipPolicies.checkJoin(this, newcomer, at);
        if (!reasons.isEmpty()) {
            return new MembershipChange.Refused(reasons);
        }
        var more = new ArrayList<>(members);
        more.add(newcomer);
        return new MembershipChange.Joined(withMembers(more), newcomer);
    }

    /**
     * Lets {@code member} go at {@code at}: a withdrawal before the first session starts, a drop-out
     * after. Refused when they are not a member or the series has already ended.
     */
    public MembershipChange leave(MemberId member, Instant at) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(at, "at");
        var reasons = MembershipPolicies.checkLeave(this, member, at);
        if (!reasons.isEmpty()) {
            return new MembershipChange.Refused(reasons);
        }
        Member leaving = member(member).orElseThrow();
        var departure = schedule.hasStartedBy(at)
                ? MembershipChange.Departure.DROPPED_OUT
                : MembershipChange.Departure.WITHDREW_BEFORE_START;
        var fewer = members.stream().filter(m -> !m.id().equals(member)).toList();
        return new MembershipChange.Left(withMembers(fewer), leaving, departure);
    }

    private BalintGroup withMembers(List<Member> changed) {
        return new BalintGroup(id, title, schedule, videoLink, faculty, changed, rules);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BalintGroup other && id.equals(other.id) && title.equals(other.title)
                && schedule.equals(other.schedule) && videoLink.equals(other.videoLink)
                && faculty.equals(other.faculty) && members.equals(other.members) && rules.equals(other.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, schedule, videoLink, faculty, members, rules);
    }

    @Override
    public String toString() {
        return "group " + id + " \"" + title + "\" (" + members.size() + " members, " + schedule + ")";
    }
}
