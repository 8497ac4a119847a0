package org.balint.lti.tool.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.tool.evaluation.GroupOnRecord.ADA;
import static org.balint.lti.tool.evaluation.GroupOnRecord.CLOCK;
import static org.balint.lti.tool.evaluation.GroupOnRecord.GROUP;
import static org.balint.lti.tool.evaluation.GroupOnRecord.LEADER;
import static org.balint.lti.tool.evaluation.GroupOnRecord.OTHER_PLATFORM;
import static org.balint.lti.tool.evaluation.GroupOnRecord.OUTSIDER;
import static org.balint.lti.tool.evaluation.GroupOnRecord.TENANT;

import org.balint.core.grievance.GrievanceStatus;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.evaluation.GroupOnRecord;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.tenant.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A member's concern reaches the platform's grievance committee chair")
class RaisingAConcernWithTheCommitteeTest {

    private static final MemberId PRIYA = new MemberId("admin-priya");
    private static final MemberId OMAR = new MemberId("admin-omar");
    private static final String CONCERN = "Sessions ended early three times, so the credit hours fell short.";

    private final StandaloneDatabase database = GroupOnRecord.open();
    private final ProgramGrievances grievances = new ProgramGrievances(database::inTransaction, new Tenants(CLOCK),
            new CommitteeSeats(TestDataSources.fresh("committee"), CLOCK), CLOCK);

    @AfterEach
    void close() {
        database.close();
    }

    private void priyaChairs() {
        assertThat(grievances.takeSeat(TENANT, CommitteeSeat.CHAIR, PRIYA, "Dr Priya Raman", "priya@example.org")
                .isValid()).isTrue();
    }

    @Test
    @DisplayName("with no chair named the concern is refused saying whom to ask, and nothing is stored")
    void noChair() {
        var refused = grievances.file(TENANT, GROUP, ADA, CONCERN, false).orElseThrow();

        assertThat(refused.violations()).extracting(Violation::code).containsExactly("no-committee-chair");
        assertThat(grievances.forMember(TENANT, GROUP, ADA).orElseThrow().raised()).isEmpty();
    }

    @Test
    @DisplayName("a concern goes to the chair, who sees who raised it; another administrator does not when it is anonymous")
    void reachesTheChair() {
        priyaChairs();
        grievances.takeSeat(TENANT, CommitteeSeat.DEPUTY, OMAR, "Dr Omar Said", "omar@example.org").orElseThrow();

        var filed = grievances.file(TENANT, GROUP, ADA, CONCERN, true).orElseThrow().orElseThrow();

        assertThat(filed.status()).isEqualTo(GrievanceStatus.RECEIVED);
        var chairs = grievances.queue(TENANT, PRIYA);
        assertThat(chairs).singleElement().satisfies(g -> {
            assertThat(g.yours()).isTrue();
            assertThat(g.complainant()).contains("Dr Ada Brook");
            assertThat(g.handlerName()).isEqualTo("Dr Priya Raman");
            assertThat(g.text()).isEqualTo(CONCERN);
        });
        assertThat(grievances.queue(TENANT, OMAR)).singleElement().satisfies(g -> {
            assertThat(g.yours()).isFalse();
            assertThat(g.complainant()).isEmpty();
        });
        assertThat(grievances.forMember(TENANT, GROUP, ADA).orElseThrow().chair().orElseThrow().email())
                .isEqualTo("priya@example.org");
    }

    @Test
    @DisplayName("a concern about a group the chair leads goes to the deputy chair")
    void chairLeadingTheGroup() {
        grievances.takeSeat(TENANT, CommitteeSeat.CHAIR, LEADER, "Dr Hannah Weiss", "h.weiss@clinic.example").orElseThrow();
        grievances.takeSeat(TENANT, CommitteeSeat.DEPUTY, OMAR, "Dr Omar Said", "omar@example.org").orElseThrow();

        grievances.file(TENANT, GROUP, ADA, CONCERN, false).orElseThrow().orElseThrow();

        assertThat(grievances.queue(TENANT, OMAR)).singleElement().satisfies(g -> assertThat(g.yours()).isTrue());
        assertThat(grievances.queue(TENANT, LEADER)).singleElement().satisfies(g -> assertThat(g.yours()).isFalse());
    }

    @Test
    @DisplayName("a blank concern is refused beside its field; someone outside the group cannot raise one")
    void badConcerns() {
        priyaChairs();

        var blank = grievances.file(TENANT, GROUP, ADA, "   ", false).orElseThrow();
        assertThat(blank.violations()).extracting(v -> ProgramGrievances.placed(v).field().orElseThrow())
                .containsExactly(ProgramGrievances.TEXT);
        assertThat(grievances.file(TENANT, GROUP, OUTSIDER, CONCERN, false).orElseThrow().violations())
                .extracting(Violation::code).containsExactly("not-a-group-member");
        assertThat(grievances.queue(TENANT, PRIYA)).isEmpty();
    }

    @Test
    @DisplayName("only the handling chair acknowledges and then resolves, with a note")
    void steps() {
        priyaChairs();
        var id = grievances.file(TENANT, GROUP, ADA, CONCERN, false).orElseThrow().orElseThrow().id();

        assertThat(grievances.acknowledge(TENANT, OMAR, id).violations()).extracting(Violation::code)
                .containsExactly("not-the-handling-chair");
        assertThat(grievances.resolve(TENANT, PRIYA, id, "Talked to the leader").violations())
                .extracting(Violation::code).containsExactly("grievance-not-acknowledged");
        assertThat(grievances.acknowledge(TENANT, PRIYA, id).orElseThrow().status()).isEqualTo(GrievanceStatus.ACKNOWLEDGED);
        assertThat(grievances.resolve(TENANT, PRIYA, id, " ").violations()).extracting(Violation::code)
                .containsExactly("blank-resolution-note");
        var resolved = grievances.resolve(TENANT, PRIYA, id, "Sessions now run their full length.").orElseThrow();
        assertThat(resolved.status()).isEqualTo(GrievanceStatus.RESOLVED);
        assertThat(grievances.forMember(TENANT, GROUP, ADA).orElseThrow().raised()).singleElement()
                .satisfies(own -> assertThat(own.resolution()).contains("Sessions now run their full length."));
    }

    @Test
    @DisplayName("a seat needs a name and an e-mail address, and one person cannot hold both seats")
    void seats() {
        priyaChairs();

        assertThat(grievances.takeSeat(TENANT, CommitteeSeat.DEPUTY, OMAR, " ", "not-an-address").violations())
                .extracting(Violation::code).containsExactly("committee-name-missing", "committee-email-invalid");
        assertThat(grievances.takeSeat(TENANT, CommitteeSeat.DEPUTY, PRIYA, "Dr Priya Raman", "priya@example.org")
                .violations()).extracting(Violation::code).containsExactly("deputy-is-chair");
        assertThat(grievances.leaveSeat(TENANT, CommitteeSeat.CHAIR, OMAR).violations()).extracting(Violation::code)
                .containsExactly("not-your-seat");
        assertThat(grievances.leaveSeat(TENANT, CommitteeSeat.CHAIR, PRIYA).orElseThrow().chair()).isEmpty();
    }

    @Test
    @DisplayName("each platform has its own committee and queue")
    void nothingCrossesPlatforms() {
        priyaChairs();
        grievances.file(TENANT, GROUP, ADA, CONCERN, false).orElseThrow().orElseThrow();

        assertThat(grievances.committee(OTHER_PLATFORM).chair()).isEmpty();
        assertThat(grievances.queue(OTHER_PLATFORM, PRIYA)).isEmpty();
        assertThat(grievances.file(OTHER_PLATFORM, GROUP, ADA, CONCERN, false)).isEmpty();
    }
}
