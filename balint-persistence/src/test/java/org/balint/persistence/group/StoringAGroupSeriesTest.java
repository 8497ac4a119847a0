package org.balint.persistence.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.persistence.group.GroupFixture.aGroupOfSixWithFullFaculty;
import static org.balint.persistence.group.GroupFixture.anEmptyGroupWithPlacesFor;
import static org.balint.persistence.group.GroupFixture.member;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.MembershipChange;
import org.balint.core.group.Profession;
import org.balint.persistence.database.DatabaseEngine;
import org.balint.persistence.database.MutableClock;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.balint.persistence.tenant.TenantFixture;
import org.balint.persistence.tenant.TenantScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Storing a group series and reading it back")
class StoringAGroupSeriesTest {

    private static final Instant BEFORE_THE_SERIES = Instant.parse("2026-09-20T10:00:00Z");

    private final StandaloneDatabase database = TestDatabases.shared();
    private final MutableClock clock = new MutableClock(BEFORE_THE_SERIES);
    private final GroupId id = new GroupId("autumn-" + UUID.randomUUID());
    private TenantScope institution;

    @BeforeEach
    void anInstitution() {
        institution = TenantFixture.registered(database, clock);
    }

    @Test
    @DisplayName("the mapper turns a group into rows and back into an equal group, faculty roles, members and Optionals included")
    void mappingRoundTrip() {
        BalintGroup group = aGroupOfSixWithFullFaculty(id);
        GroupEntity rows = new GroupEntity(institution, id.value());

        boolean written = GroupMapper.write(institution, group, rows);

        assertThat(written).isTrue();
        assertThat(rows.sessions).hasSize(8);
        assertThat(rows.faculty).extracting(FacultyEntity::role).hasSize(5);
        assertThat(rows.members).extracting(MemberEntity::memberId).containsExactly("member-ahmed", "member-brown", "member-chen",
                "member-diaz", "member-eriksen", "member-fischer");
        assertThat(GroupMapper.toGroup(rows)).isEqualTo(group);
        assertThat(GroupMapper.write(institution, group, rows)).as("writing the same group again changes nothing").isFalse();
    }

    @Test
    @DisplayName("a group with schedule, co-leaders, a supervised candidate leader and six members of every profession reads back equal")
    void fullGroupRoundTrip() {
        BalintGroup group = aGroupOfSixWithFullFaculty(id);

        database.useTransaction(em -> groups(em).save(group));
        BalintGroup stored = database.inTransaction(em -> groups(em).find(id)).orElseThrow();

        assertThat(stored).isEqualTo(group);
        assertThat(stored.members()).extracting(Member::id).extracting(MemberId::value)
                .containsExactly("member-ahmed", "member-brown", "member-chen", "member-diaz", "member-eriksen", "member-fischer");
        assertThat(stored.faculty().coLeaders()).containsExactly(GroupFixture.CO_LEADER_ONE, GroupFixture.CO_LEADER_TWO);
        assertThat(stored.faculty().candidateLeader()).contains(GroupFixture.CANDIDATE);
        assertThat(stored.faculty().supervisor()).contains(GroupFixture.LEADER);
        assertThat(stored.members().get(0).contact().phone()).contains("+1 555 0100");
        assertThat(stored.members().get(1).contact().phone()).isEmpty();
        assertThat(stored.members().get(4).profession()).isEqualTo(Profession.other("hospital chaplain"));
        assertThat(stored.schedule().sessions()).isEqualTo(group.schedule().sessions());
        assertThat(stored.schedule().zone()).isEqualTo(GroupFixture.BERLIN);
    }

    @Test
    @DisplayName("a group led by the leader alone, without members, reads back with no co-leaders and no candidate leader")
    void leanGroupRoundTrip() {
        BalintGroup group = anEmptyGroupWithPlacesFor(id, 3);

        database.useTransaction(em -> groups(em).save(group));
        BalintGroup stored = database.inTransaction(em -> groups(em).find(id)).orElseThrow();

        assertThat(stored).isEqualTo(group);
        assertThat(stored.faculty().coLeaders()).isEmpty();
        assertThat(stored.faculty().candidateLeader()).isEmpty();
        assertThat(stored.faculty().supervisor()).isEmpty();
        assertThat(stored.members()).isEmpty();
    }

    @Test
    @DisplayName("a group nobody stored is not found")
    void notFound() {
        database.useTransaction(em -> groups(em).save(aGroupOfSixWithFullFaculty(id)));

        Optional<BalintGroup> found = database.inTransaction(em -> groups(em).find(new GroupId("no-such-group")));

        assertThat(found).isEmpty();
    }

    @Test
    @DisplayName("saving a changed group replaces the stored one and raises its version; saving it unchanged does not")
    void update() {
        BalintGroup group = aGroupOfSixWithFullFaculty(id);
        database.useTransaction(em -> groups(em).save(group));
        long first = database.inTransaction(em -> groups(em).version(id)).orElseThrow();

        BalintGroup afterLeaving = ((MembershipChange.Left) group.leave(new MemberId("member-chen"), BEFORE_THE_SERIES)).group();
        Member newcomer = member("member-garcia", "Dr. Luis García", Profession.physician("internal medicine"), "");
        BalintGroup changed = ((MembershipChange.Joined) afterLeaving.join(newcomer, BEFORE_THE_SERIES)).group()
                .toDraft().title("Balint group for residents, autumn (Tuesdays)").validate().orElseThrow();
        database.useTransaction(em -> groups(em).save(changed));
        long second = database.inTransaction(em -> groups(em).version(id)).orElseThrow();
        database.useTransaction(em -> groups(em).save(changed));
        long third = database.inTransaction(em -> groups(em).version(id)).orElseThrow();

        BalintGroup stored = database.inTransaction(em -> groups(em).find(id)).orElseThrow();
        assertThat(stored).isEqualTo(changed);
        assertThat(stored.members()).extracting(Member::id).extracting(MemberId::value)
                .containsExactly("member-ahmed", "member-brown", "member-diaz", "member-eriksen", "member-fischer", "member-garcia");
        assertThat(second).isGreaterThan(first);
        assertThat(third).isEqualTo(second);
    }

    @Test
    @DisplayName("co-leaders swapped and a member moved to the end keep their order when stored")
    void reordering() {
        BalintGroup group = aGroupOfSixWithFullFaculty(id);
        database.useTransaction(em -> groups(em).save(group));
        var draft = group.toDraft();
        var reordered = BalintGroup.draft(id).title(group.title()).numberOfSessions(8)
                .schedule(group.schedule().zone(), group.schedule().sessions()).videoLink(group.videoLink())
                .leader(GroupFixture.LEADER).coLeader(GroupFixture.CO_LEADER_TWO).coLeader(GroupFixture.CO_LEADER_ONE)
                .candidateLeader(GroupFixture.CANDIDATE).supervisor(GroupFixture.LEADER)
                .members(Stream.concat(draft.members().stream().skip(1), draft.members().stream().limit(1)).toList())
                .rules(group.rules()).validate().orElseThrow();

        database.useTransaction(em -> groups(em).save(reordered));
        BalintGroup stored = database.inTransaction(em -> groups(em).find(id)).orElseThrow();

        assertThat(stored).isEqualTo(reordered);
        assertThat(stored.faculty().coLeaders()).containsExactly(GroupFixture.CO_LEADER_TWO, GroupFixture.CO_LEADER_ONE);
        assertThat(stored.members().get(5).id()).isEqualTo(new MemberId("member-ahmed"));
    }

    @Test
    @DisplayName("session start times are stored as UTC wall-clock time: 19:00 in Berlin on 6 October is stored as 17:00")
    void sessionStartsAreStoredInUtc() throws SQLException {
        database.useTransaction(em -> groups(em).save(aGroupOfSixWithFullFaculty(id)));

        assertThat(storedStartOfFirstSession()).isEqualTo("2026-10-06 17:00");
    }

    /** As the database's own date functions read the column, without any conversion through Java's zones. */
    private String storedStartOfFirstSession() throws SQLException {
        String columns = database.engine() == DatabaseEngine.DERBY
                ? "YEAR(s.starts_at), MONTH(s.starts_at), DAY(s.starts_at), HOUR(s.starts_at), MINUTE(s.starts_at)"
                : "EXTRACT(YEAR FROM s.starts_at), EXTRACT(MONTH FROM s.starts_at), EXTRACT(DAY FROM s.starts_at),"
                        + " EXTRACT(HOUR FROM s.starts_at), EXTRACT(MINUTE FROM s.starts_at)";
        String sql = "SELECT " + columns + " FROM group_session s JOIN group_series g ON g.id = s.group_id"
                + " WHERE g.group_key = ? AND s.session_number = 1";
        try (Connection connection = database.connection().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d",
                        row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5));
            }
        }
    }

    private JpaGroups groups(EntityManager em) {
        return new JpaGroups(institution, () -> em);
    }
}
