package org.balint.persistence.group;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupDraft;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupRules;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.tenant.TenantScope;

/** Groups for storage tests, described the way a coordinator would set them up. */
public final class GroupFixture {

    /** The evening the autumn series starts, in Berlin. */
    public static final LocalDateTime FIRST_EVENING = LocalDateTime.of(2026, 10, 6, 19, 0);
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public static final FacultyMember LEADER = new FacultyMember(new MemberId("leader-weiss"), "Dr. Hannah Weiss",
            ContactDetails.emailAndPhone("h.weiss@clinic.example", "+49 30 1234 5678"));
    public static final FacultyMember CO_LEADER_ONE = new FacultyMember(new MemberId("co-leader-okafor"), "Dr. Chidi Okafor",
            ContactDetails.email("c.okafor@clinic.example"));
    public static final FacultyMember CO_LEADER_TWO = new FacultyMember(new MemberId("co-leader-lind"), "Maja Lind, LCSW",
            ContactDetails.email("m.lind@clinic.example"));
    public static final FacultyMember CANDIDATE = new FacultyMember(new MemberId("candidate-rossi"), "Dr. Paolo Rossi",
            ContactDetails.email("p.rossi@clinic.example"));

    private GroupFixture() {
    }

    /**
     * A group of six for residents this autumn: eight weekly sessions (the first longer, for
     * introductions), a leader, two co-leaders and a candidate leader supervised by the leader, and
     * members of every profession, some with a phone number and some without.
     */
    public static BalintGroup aGroupOfSixWithFullFaculty(GroupId id) {
        return autumnSeries(id)
                .coLeader(CO_LEADER_ONE)
                .coLeader(CO_LEADER_TWO)
                .candidateLeader(CANDIDATE)
                .supervisor(LEADER)
                .members(List.of(
                        member("member-ahmed", "Dr. Sara Ahmed", Profession.physician("family medicine"), "+1 555 0100"),
                        member("member-brown", "Tom Brown, NP", Profession.nursePractitioner(), ""),
                        member("member-chen", "Dr. Li Chen", Profession.psychologist(), "+1 555 0102"),
                        member("member-diaz", "Ana Díaz, MSW", Profession.socialWorker(), ""),
                        member("member-eriksen", "Rev. Jon Eriksen", Profession.other("hospital chaplain"), ""),
                        member("member-fischer", "Dr. Eva Fischer", Profession.physician("psychiatry"), "")))
                .rules(GroupRules.defaults().withCapacity(6, 10).withQuorum(4))
                .validate()
                .orElseThrow();
    }

    /** A small group led by the leader alone, with room for {@code places} members and none yet. */
    public static BalintGroup anEmptyGroupWithPlacesFor(GroupId id, int places) {
        return autumnSeries(id)
                .rules(GroupRules.defaults().withCapacity(2, places).withQuorum(2))
                .validate()
                .orElseThrow();
    }

    /**
     * Stores a small group under each of {@code ids} for {@code tenant} (unless one is stored already),
     * so records that belong to a group (rotation, attendance, credit, certificates, evaluations) have
     * their group to refer to.
     */
    public static void storedGroups(StandaloneDatabase database, TenantScope tenant, GroupId... ids) {
        database.inTransaction(em -> {
            JpaGroups groups = new JpaGroups(tenant, () -> em);
            for (GroupId id : ids) {
                if (groups.find(id).isEmpty()) {
                    groups.save(anEmptyGroupWithPlacesFor(id, 10));
                }
            }
            return null;
        });
    }

    /** A clinician who could join or register. */
    public static Member member(String id, String name, Profession profession, String phone) {
        String email = id + "@hospital.example";
        return new Member(new MemberId(id), name, profession,
                phone.isEmpty() ? ContactDetails.email(email) : ContactDetails.emailAndPhone(email, phone));
    }

    private static GroupDraft autumnSeries(GroupId id) {
        return BalintGroup.draft(id)
                .title("Balint group for residents, autumn")
                .schedule(BERLIN, GroupSchedule.weeklySessions(BERLIN, FIRST_EVENING, 8, Duration.ofMinutes(120), Duration.ofMinutes(90)))
                .videoLink("https://meet.example.org/balint-autumn")
                .leader(LEADER);
    }
}
