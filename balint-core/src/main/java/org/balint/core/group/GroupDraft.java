package org.balint.core.group;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.time.ZoneId;
import org.balint.core.validation.Validated;

/**
 * A group series being set up: everything a coordinator fills in before the group exists. A draft can
 * hold any combination of values, even contradictory ones; {@link #validate()} checks every group
 * rule at once and yields either the {@link BalintGroup} or every violated rule with its reason.
 *
 * <p>Drafts are immutable: each method returns a new draft, so a draft can be shared and varied
 * freely. Start with {@link BalintGroup#draft(GroupId)}; edit an existing group through
 * {@link BalintGroup#toDraft()}.
 */
public final class GroupDraft {

    /** Sessions in a series unless the draft says otherwise. */
    public static final int DEFAULT_NUMBER_OF_SESSIONS = 8;

    private final GroupId id;
    private String title = "";
    private int numberOfSessions = DEFAULT_NUMBER_OF_SESSIONS;
    private Optional<ZoneId> zone = Optional.empty();
    private List<ScheduledSession> sessions = List.of();
    private Optional<String> videoLink = Optional.empty();
    private Optional<FacultyMember> leader = Optional.empty();
    private List<FacultyMember> coLeaders = List.of();
    private Optional<FacultyMember> candidateLeader = Optional.empty();
    private Optional<FacultyMember> supervisor = Optional.empty();
    private List<Member> members = List.of();
    private GroupRules rules = GroupRules.defaults();

    GroupDraft(GroupId id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    private GroupDraft copy() {
        var copy = new GroupDraft(id);
        copy.title = title;
        copy.numberOfSessions = numberOfSessions;
        copy.zone = zone;
        copy.sessions = sessions;
        copy.videoLink = videoLink;
        copy.leader = leader;
        copy.coLeaders = coLeaders;
        copy.candidateLeader = candidateLeader;
        copy.supervisor = supervisor;
        copy.members = members;
        copy.rules = rules;
        return copy;
    }

    /** The series' name as members see it, e.g. "Balint group for residents, spring". */
    public GroupDraft title(String title) {
        var next = copy();
        next.title = Objects.requireNonNull(title, "title").strip();
        return next;
    }

    /** How many sessions the series has (8 unless set). */
    public GroupDraft numberOfSessions(int count) {
        var next = copy();
        next.numberOfSessions = count;
        return next;
    }

    /**
     * When the sessions take place, in order, and the zone to display them in. See
     * {@link GroupSchedule#weeklySessions} for the usual weekly series.
     */
    public GroupDraft schedule(ZoneId displayZone, List<ScheduledSession> sessions) {
        var next = copy();
        next.zone = Optional.of(Objects.requireNonNull(displayZone, "displayZone"));
        next.sessions = List.copyOf(sessions);
        return next;
    }

    /** The video-meeting link as typed in; it must be an https address. */
    public GroupDraft videoLink(String link) {
        var next = copy();
        next.videoLink = Optional.of(Objects.requireNonNull(link, "link").strip());
        return next;
    }

    public GroupDraft videoLink(URI link) {
        return videoLink(link.toString());
    }

    public GroupDraft leader(FacultyMember leader) {
        var next = copy();
        next.leader = Optional.of(Objects.requireNonNull(leader, "leader"));
        return next;
    }

    /** Adds a co-leader. */
    public GroupDraft coLeader(FacultyMember coLeader) {
        var next = copy();
        next.coLeaders = append(coLeaders, Objects.requireNonNull(coLeader, "coLeader"));
        return next;
    }

    /** A leader in training who co-leads this group; they need a {@link #supervisor(FacultyMember)}. */
    public GroupDraft candidateLeader(FacultyMember candidate) {
        var next = copy();
        next.candidateLeader = Optional.of(Objects.requireNonNull(candidate, "candidate"));
        return next;
    }

    /** Who supervises the candidate leader (may be the leader or a co-leader). */
    public GroupDraft supervisor(FacultyMember supervisor) {
        var next = copy();
        next.supervisor = Optional.of(Objects.requireNonNull(supervisor, "supervisor"));
        return next;
    }

    /** Adds a member. */
    public GroupDraft member(Member member) {
        var next = copy();
        next.members = append(members, Objects.requireNonNull(member, "member"));
        return next;
    }

    /** Replaces the members with {@code members}, in this order. */
    public GroupDraft members(List<Member> members) {
        var next = copy();
        next.members = List.copyOf(members);
        return next;
    }

    public GroupDraft rules(GroupRules rules) {
        var next = copy();
        next.rules = Objects.requireNonNull(rules, "rules");
        return next;
    }

    /**
     * Checks every group rule and builds the group only when none is violated. The violations come
     * in a fixed rule order, each with a stable reason code.
     */
    public Validated<BalintGroup> validate() {
        return Validated.of(GroupPolicies.check(this), () -> new BalintGroup(this));
    }

    public GroupId id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int numberOfSessions() {
        return numberOfSessions;
    }

    public Optional<ZoneId> zone() {
        return zone;
    }

    public List<ScheduledSession> sessions() {
        return sessions;
    }

    public Optional<String> videoLink() {
        return videoLink;
    }

    public Optional<FacultyMember> leader() {
        return leader;
    }

    public List<FacultyMember> coLeaders() {
        return coLeaders;
    }

    public Optional<FacultyMember> candidateLeader() {
        return candidateLeader;
    }

    public Optional<FacultyMember> supervisor() {
        return supervisor;
    }

    public List<Member> members() {
        return members;
    }

    public GroupRules rules() {
        return rules;
    }

    /** Everyone named on the faculty, in role order, duplicates included (for the rules to inspect). */
    List<FacultyMember> facultyAsEntered() {
        var all = new ArrayList<FacultyMember>();
        leader.ifPresent(all::add);
        all.addAll(coLeaders);
        candidateLeader.ifPresent(all::add);
        return all;
    }

    private static <T> List<T> append(List<T> list, T item) {
        var longer = new ArrayList<>(list);
        longer.add(item);
        return List.copyOf(longer);
    }
}
