package org.balint.persistence.group;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.Faculty;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.FacultyRole;
import org.balint.core.group.GroupDraft;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupRules;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.persistence.tenant.TenantScope;

/**
 * Maps a {@link BalintGroup} to its rows and back. Writing reconciles the rows with the group: a
 * session, faculty role or member that is still there keeps its row (and only changes what changed),
 * new ones get rows, and rows of those gone are removed. Reading rebuilds the group through the core's
 * own {@link GroupDraft#validate()}, so a stored group satisfies every group rule or does not load.
 */
final class GroupMapper {

    static final int MAX_ID = 255;
    static final int MAX_TITLE = 1000;
    static final int MAX_ZONE = 64;
    static final int MAX_LINK = 2000;
    static final int MAX_NAME = 500;
    static final int MAX_EMAIL = 320;
    static final int MAX_PHONE = 100;
    static final int MAX_PROFESSION_DETAIL = 200;

    private GroupMapper() {
    }

    /** The group the rows describe. */
    static BalintGroup toGroup(GroupEntity entity) {
        GroupRules rules = new GroupRules(entity.minMembers, entity.maxMembers, entity.casesPerSession, entity.quorum,
                SessionNumber.of(entity.closesAfterSession));
        List<ScheduledSession> sessions = entity.sessions.stream()
                .sorted(Comparator.comparingInt(SessionEntity::sessionNumber))
                .map(s -> new ScheduledSession(SessionNumber.of(s.sessionNumber()), s.startsAt, Duration.ofSeconds(s.durationSeconds)))
                .toList();
        List<Member> members = entity.members.stream()
                .sorted(Comparator.comparingInt(m -> m.listOrder))
                .map(m -> new Member(new MemberId(m.memberId()), m.name, Profession.of(m.discipline, Objects.requireNonNullElse(m.professionDetail, "")),
                        contact(m.email, m.phone)))
                .toList();
        GroupDraft draft = BalintGroup.draft(new GroupId(entity.groupKey()))
                .title(entity.title)
                .numberOfSessions(sessions.size())
                .schedule(ZoneId.of(entity.displayZone), sessions)
                .videoLink(entity.videoLink)
                .members(members)
                .rules(rules);
        List<FacultyEntity> faculty = entity.faculty.stream()
                .sorted(Comparator.comparing(FacultyEntity::role).thenComparingInt(f -> f.listOrder))
                .toList();
        for (FacultyEntity person : faculty) {
            FacultyMember member = new FacultyMember(new MemberId(person.personId()), person.name, contact(person.email, person.phone));
            switch (person.role()) {
                case LEADER:
                    draft = draft.leader(member);
                    break;
                case CO_LEADER:
                    draft = draft.coLeader(member);
                    break;
                case CANDIDATE_LEADER:
                    draft = draft.candidateLeader(member);
                    break;
                case SUPERVISOR:
                    draft = draft.supervisor(member);
                    break;
                default:
                    throw new IllegalStateException("unknown faculty role " + person.role());
            }
        }
        Validated<BalintGroup> group = draft.validate();
        if (!group.isValid()) {
            throw new IllegalStateException("stored group " + entity.groupKey() + " breaks the group rules: " + group.violations());
        }
        return group.orElseThrow();
    }

    /** Every value of {@code group} too long for its column, each with a sentence; empty when it fits. */
    static List<Violation> tooLongToStore(BalintGroup group) {
        List<Violation> violations = new ArrayList<>();
        fits(violations, "the group id", group.id().value(), MAX_ID);
        fits(violations, "the group's title", group.title(), MAX_TITLE);
        fits(violations, "the group's time zone", group.schedule().zone().getId(), MAX_ZONE);
        fits(violations, "the video link", group.videoLink().toString(), MAX_LINK);
        for (FacultyMember person : group.faculty().everyone()) {
            fits(violations, "the faculty id " + person.id(), person.id().value(), MAX_ID);
            fits(violations, "the name of faculty member " + person.id(), person.name(), MAX_NAME);
            contactFits(violations, "faculty member " + person.id(), person.contact());
        }
        for (Member member : group.members()) {
            fits(violations, "the member id " + member.id(), member.id().value(), MAX_ID);
            fits(violations, "the name of member " + member.id(), member.name(), MAX_NAME);
            fits(violations, "the profession of member " + member.id(), member.profession().detail().orElse(""), MAX_PROFESSION_DETAIL);
            contactFits(violations, "member " + member.id(), member.contact());
        }
        return violations;
    }

    /**
     * Brings the rows of {@code entity} in line with {@code group}.
     *
     * @return whether anything changed
     */
    static boolean write(TenantScope owner, BalintGroup group, GroupEntity entity) {
        if (!entity.sessions.isEmpty() && toGroup(entity).equals(group)) {
            return false;
        }
        GroupRules rules = group.rules();
        entity.title = group.title();
        entity.displayZone = group.schedule().zone().getId();
        entity.videoLink = group.videoLink().toString();
        entity.minMembers = rules.minMembers();
        entity.maxMembers = rules.maxMembers();
        entity.casesPerSession = rules.casesPerSession();
        entity.quorum = rules.quorum();
        entity.closesAfterSession = rules.closesToNewMembersAfter().value();
        writeSessions(owner, group, entity);
        writeFaculty(owner, group.faculty(), entity);
        writeMembers(owner, group.members(), entity);
        return true;
    }

    private static void writeSessions(TenantScope owner, BalintGroup group, GroupEntity entity) {
        Map<Integer, SessionEntity> existing = new HashMap<>();
        entity.sessions.forEach(s -> existing.put(s.sessionNumber(), s));
        List<SessionEntity> rows = new ArrayList<>();
        for (ScheduledSession session : group.schedule().sessions()) {
            SessionEntity row = existing.get(session.number().value());
            if (row == null) {
                row = new SessionEntity(owner, entity, session.number().value());
            }
            row.startsAt = session.start();
            row.durationSeconds = session.duration().getSeconds();
            rows.add(row);
        }
        replace(entity.sessions, rows);
    }

    private static void writeFaculty(TenantScope owner, Faculty faculty, GroupEntity entity) {
        Map<String, FacultyEntity> existing = new HashMap<>();
        entity.faculty.forEach(f -> existing.put(f.role() + " " + f.personId(), f));
        List<FacultyEntity> rows = new ArrayList<>();
        rows.add(facultyRow(owner, entity, existing, FacultyRole.LEADER, faculty.leader(), 0));
        for (int i = 0; i < faculty.coLeaders().size(); i++) {
            rows.add(facultyRow(owner, entity, existing, FacultyRole.CO_LEADER, faculty.coLeaders().get(i), i));
        }
        faculty.candidateLeader().ifPresent(c -> rows.add(facultyRow(owner, entity, existing, FacultyRole.CANDIDATE_LEADER, c, 0)));
        faculty.supervisor().ifPresent(s -> rows.add(facultyRow(owner, entity, existing, FacultyRole.SUPERVISOR, s, 0)));
        replace(entity.faculty, rows);
    }

    private static FacultyEntity facultyRow(TenantScope owner, GroupEntity entity, Map<String, FacultyEntity> existing,
            FacultyRole role, FacultyMember person, int order) {
        FacultyEntity row = existing.get(role + " " + person.id().value());
        if (row == null) {
            row = new FacultyEntity(owner, entity, role, person.id().value());
        }
        row.listOrder = order;
        row.name = person.name();
        row.email = person.contact().email();
        row.phone = person.contact().phone().orElse(null);
        return row;
    }

    private static void writeMembers(TenantScope owner, List<Member> members, GroupEntity entity) {
        Map<String, MemberEntity> existing = new HashMap<>();
        entity.members.forEach(m -> existing.put(m.memberId(), m));
        List<MemberEntity> rows = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            MemberEntity row = existing.get(member.id().value());
            if (row == null) {
                row = new MemberEntity(owner, entity, member.id().value());
            }
            row.listOrder = i;
            row.name = member.name();
            row.discipline = member.profession().discipline();
            row.professionDetail = member.profession().detail().orElse(null);
            row.email = member.contact().email();
            row.phone = member.contact().phone().orElse(null);
            rows.add(row);
        }
        replace(entity.members, rows);
    }

    /** Replaces the contents of a mapped collection: rows no longer listed are orphans and get deleted. */
    private static <T> void replace(List<T> mapped, List<T> rows) {
        mapped.retainAll(rows);
        for (T row : rows) {
            if (!mapped.contains(row)) {
                mapped.add(row);
            }
        }
    }

    static ContactDetails contact(String email, String phone) {
        return phone == null ? ContactDetails.email(email) : ContactDetails.emailAndPhone(email, phone);
    }

    static void contactFits(List<Violation> violations, String whose, ContactDetails contact) {
        fits(violations, "the e-mail address of " + whose, contact.email(), MAX_EMAIL);
        fits(violations, "the phone number of " + whose, contact.phone().orElse(""), MAX_PHONE);
    }

    static void fits(List<Violation> violations, String what, String value, int limit) {
        if (value.length() > limit) {
            violations.add(Violation.of("too-long-to-store", what + " has " + value.length() + " characters, but Balint stores at most "
                    + limit + ": shorten it"));
        }
    }
}
