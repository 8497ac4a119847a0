package org.balint.lti.tool.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import javax.sql.DataSource;
import org.balint.core.group.FacultyRole;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.RegistrationStatus;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.session.ActiveSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Going back to the home page shows what opening the activity would show now, writing nothing")
class RevisitingTheHomePageTest {

    private final DataSource tool = TestDataSources.fresh("revisit");
    private final InMemoryBalintRecords records = new InMemoryBalintRecords();
    private final CourseServices services = CourseServices.over(tool, records, SettingUpACourseGroupTest.CLOCK);
    private final Launches spring = Launches.ofTheSpringGroup();

    private ActiveSession leaderBeforeSetUp() {
        return ((LaunchView.SetUpGroup) services.launches().arrive(spring.by("mira", "Mira Okafor", "mira@example.org",
                Launches.INSTRUCTOR))).session();
    }

    @Test
    void a_leader_before_set_up_sees_the_empty_set_up_form_and_after_it_the_home_of_the_group() {
        ActiveSession leader = leaderBeforeSetUp();

        var before = (LaunchView.SetUpGroup) services.launches().revisit(leader);
        var setUp = (LaunchView.LeaderHome) services.setup().setUp(leader,
                SettingUpACourseGroupTest.validForm("Mira Okafor", "mira@example.org"));
        var after = (LaunchView.LeaderHome) services.launches().revisit(setUp.session());

        assertThat(before.form().title()).isEmpty();
        assertThat(before.form().sessions()).isEqualTo("8");
        assertThat(after.group().id()).isEqualTo(setUp.group().id());
        assertThat(after.role()).isEqualTo(FacultyRole.LEADER);
        assertThat(after.justAdded()).isFalse();
    }

    @Test
    void a_member_sees_the_registration_form_until_they_register_and_their_registration_after() {
        ActiveSession leader = leaderBeforeSetUp();
        services.setup().setUp(leader, SettingUpACourseGroupTest.validForm("Mira Okafor", "mira@example.org"));
        var first = (LaunchView.RegistrationNeeded) services.launches().arrive(
                spring.by("sam", "Sam Rivera", "sam@example.org", Launches.LEARNER));

        var beforeRegistering = (LaunchView.RegistrationNeeded) services.launches().revisit(first.session());
        services.registration().register(first.session(), new RegistrationRequest("Sam Rivera", "sam@example.org",
                "PHYSICIAN", "family medicine", EnumSet.allOf(Attestation.class), false));
        var afterRegistering = (LaunchView.RegistrationState) services.launches().revisit(first.session());

        assertThat(beforeRegistering.form().name()).isEmpty();
        assertThat(afterRegistering.registration().status()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(services.launches().revisit(first.session())).isEqualTo(afterRegistering);
    }

    @Test
    void a_member_before_the_group_is_set_up_is_told_so() {
        var first = (LaunchView.NotSetUpYet) services.launches().arrive(
                spring.by("sam", "Sam Rivera", "sam@example.org", Launches.LEARNER));

        assertThat(services.launches().revisit(first.session())).isInstanceOf(LaunchView.NotSetUpYet.class);
    }

    @Test
    void an_administrator_sees_the_overview_of_the_placement() {
        var admin = (LaunchView.AdminOverview) services.launches().arrive(
                spring.by("ada", "Ada Admin", "ada@example.org", Launches.ADMINISTRATOR));

        assertThat(services.launches().revisit(admin.session())).isEqualTo(admin);
    }
}
