package org.balint.lti.tool.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import org.balint.core.group.Discipline;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.Registration;
import org.balint.core.registration.RegistrationStatus;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.session.ActiveSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A learner's first launch in a bound group starts their registration")
class RegisteringAsAMemberTest {

    private final DataSource tool = TestDataSources.fresh("register");
    private final InMemoryBalintRecords records = new InMemoryBalintRecords();
    private final CourseServices services = CourseServices.over(tool, records, SettingUpACourseGroupTest.CLOCK);
    private final UserLinks users = new UserLinks(tool, SettingUpACourseGroupTest.CLOCK);
    private final Launches spring = Launches.ofTheSpringGroup();

    @BeforeEach
    void theLeaderHasSetUpTheGroup() {
        var form = (LaunchView.SetUpGroup) services.launches().arrive(spring.by("mira", "Mira Okafor", "mira@example.org",
                Launches.INSTRUCTOR));
        services.setup().setUp(form.session(), SettingUpACourseGroupTest.validForm("Mira Okafor", "mira@example.org"));
    }

    private LaunchView.RegistrationNeeded firstLaunchOfSam() {
        return (LaunchView.RegistrationNeeded) services.launches().arrive(
                spring.by("sam", "Sam Rivera", "sam@example.org", Launches.LEARNER));
    }

    private static RegistrationRequest complete(Set<Attestation> attested, boolean stressful) {
        return new RegistrationRequest("Sam Rivera", "sam@example.org", "PHYSICIAN", "family medicine", attested, stressful);
    }

    @Test
    void the_first_launch_shows_the_registration_form_with_the_name_and_address_the_platform_sent() {
        LaunchView.RegistrationNeeded view = firstLaunchOfSam();

        assertThat(view.form().name()).isEqualTo("Sam Rivera");
        assertThat(view.form().email()).isEqualTo("sam@example.org");
        assertThat(view.group().title()).isEqualTo("Balint group, spring");
        assertThat(view.session().session().group()).contains(view.group().id());
    }

    @Test
    void a_complete_registration_is_accepted_and_later_launches_show_it() {
        ActiveSession session = firstLaunchOfSam().session();

        var outcome = (LaunchView.RegistrationState) services.registration().register(session,
                complete(EnumSet.allOf(Attestation.class), false));
        var later = (LaunchView.RegistrationState) services.launches().arrive(
                spring.by("sam", "Sam Rivera", "sam@example.org", Launches.LEARNER));

        assertThat(outcome.registration().status()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(outcome.group().members()).extracting(m -> m.name()).containsExactly("Sam Rivera");
        assertThat(outcome.group().members().get(0).profession().discipline()).isEqualTo(Discipline.PHYSICIAN);
        assertThat(later.registration().status()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(outcome.group().members().get(0).id())
                .isEqualTo(users.find(new LmsUser(Launches.MOODLE.issuer(), Launches.MOODLE.clientId(), "sam",
                        java.util.Optional.empty(), java.util.Optional.empty())).orElseThrow().member());
    }

    @Test
    void reporting_a_stressful_period_refers_the_registration_to_faculty_review() {
        var outcome = (LaunchView.RegistrationState) services.registration().register(firstLaunchOfSam().session(),
                complete(EnumSet.allOf(Attestation.class), true));

        assertThat(outcome.registration().status()).isEqualTo(RegistrationStatus.REFERRED_TO_FACULTY_REVIEW);
        assertThat(outcome.group().members()).isEmpty();
    }

    @Test
    void a_registration_without_every_attestation_is_declined_with_each_missing_one() {
        var outcome = (LaunchView.RegistrationState) services.registration().register(firstLaunchOfSam().session(),
                complete(EnumSet.of(Attestation.CLINICALLY_ACTIVE, Attestation.WILLING_TO_PRESENT), false));

        assertThat(outcome.registration().status()).isEqualTo(RegistrationStatus.DECLINED);
        assertThat(((Registration.Declined) outcome.registration()).reasons()).extracting(v -> v.code())
                .containsExactly("not-attending-all-sessions", "confidentiality-not-acknowledged");
    }

    @Test
    void fields_that_are_wrong_are_shown_again_with_their_reasons_and_nothing_is_registered() {
        ActiveSession session = firstLaunchOfSam().session();

        var again = (LaunchView.RegistrationNeeded) services.registration().register(session,
                new RegistrationRequest("", "sam(at)example.org", "PHYSICIAN", "", EnumSet.allOf(Attestation.class), false));
        var unknown = (LaunchView.RegistrationNeeded) services.registration().register(session,
                new RegistrationRequest("Sam", "sam@example.org", "ASTROLOGER", "", Set.of(), false));

        assertThat(again.violations()).extracting(v -> v.field().orElse("-") + " " + v.violation().code())
                .containsExactly("name name-missing", "email email-invalid", "detail specialty-missing");
        var wordy = (LaunchView.RegistrationNeeded) services.registration().register(session,
                new RegistrationRequest("Sam", "sam@example.org", "OTHER", "c".repeat(201), Set.of(), false));
        assertThat(unknown.violations()).extracting(v -> v.field().orElse("-") + " " + v.violation().code())
                .containsExactly("discipline discipline-unknown");
        assertThat(wordy.violations()).extracting(v -> v.field().orElse("-") + " " + v.violation().code())
                .containsExactly("detail profession-detail-too-long");
        assertThat(services.launches().arrive(spring.by("sam", "Sam Rivera", "sam@example.org", Launches.LEARNER)))
                .isInstanceOf(LaunchView.RegistrationNeeded.class);
    }

    @Test
    void registering_twice_shows_the_registration_already_made() {
        ActiveSession session = firstLaunchOfSam().session();
        services.registration().register(session, complete(EnumSet.allOf(Attestation.class), false));

        LaunchView second = services.registration().register(session, complete(EnumSet.allOf(Attestation.class), true));

        assertThat(second).isInstanceOf(LaunchView.RegistrationState.class);
        assertThat(((LaunchView.RegistrationState) second).registration().status()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void a_second_member_using_the_same_address_is_refused_beside_the_address_field() {
        services.registration().register(firstLaunchOfSam().session(), complete(EnumSet.allOf(Attestation.class), false));
        var kim = (LaunchView.RegistrationNeeded) services.launches().arrive(
                spring.by("kim", "Kim Ito", "kim@example.org", Launches.LEARNER));

        var refused = (LaunchView.RegistrationNeeded) services.registration().register(kim.session(),
                new RegistrationRequest("Kim Ito", "SAM@example.org", "PSYCHOLOGIST", "", EnumSet.allOf(Attestation.class), false));

        assertThat(refused.violations()).extracting(v -> v.field().orElse("-") + " " + v.violation().code())
                .containsExactly("email email-already-registered", "- already-a-member");
    }

    @Test
    void a_leader_cannot_register_as_a_member() {
        var leader = (LaunchView.LeaderHome) services.launches().arrive(spring.by("mira", "Mira Okafor", "mira@example.org",
                Launches.INSTRUCTOR, Launches.LEARNER));

        LaunchView view = services.registration().register(leader.session(), complete(EnumSet.allOf(Attestation.class), false));

        assertThat(((LaunchView.Refused) view).code()).isEqualTo("members-only");
    }
}
