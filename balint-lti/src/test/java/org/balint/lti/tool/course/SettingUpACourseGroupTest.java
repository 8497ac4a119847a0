package org.balint.lti.tool.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.FacultyRole;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.session.ActiveSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A leader's first launch sets up the course's Balint group")
class SettingUpACourseGroupTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    private final DataSource tool = TestDataSources.fresh("setup");
    private final InMemoryBalintRecords records = new InMemoryBalintRecords();
    private final CourseServices services = CourseServices.over(tool, records, CLOCK);
    private final CourseBindings bindings = new CourseBindings(tool, CLOCK);
    private final Launches spring = Launches.ofTheSpringGroup();

    static SetupRequest validForm(String name, String email) {
        return new SetupRequest("Balint group, spring", name, email, "2027-01-14", "19:00", "8", "90", "Europe/Zurich",
                "https://meet.example.org/balint-spring");
    }

    private LaunchView.SetUpGroup firstLaunchOfMira() {
        return (LaunchView.SetUpGroup) services.launches().arrive(spring.by("mira", "Mira Okafor", "mira@example.org",
                Launches.INSTRUCTOR));
    }

    @Test
    void an_instructor_opening_an_unbound_link_gets_the_set_up_form_prefilled_from_the_launch() {
        LaunchView.SetUpGroup view = firstLaunchOfMira();

        assertThat(view.form().title()).isEqualTo("Balint group, spring");
        assertThat(view.form().leaderName()).isEqualTo("Mira Okafor");
        assertThat(view.form().leaderEmail()).isEqualTo("mira@example.org");
        assertThat(view.form().sessions()).isEqualTo("8");
        assertThat(view.form().zone()).isEmpty();
        assertThat(view.violations()).isEmpty();
        assertThat(view.session().session().group()).isEmpty();
        assertThat(bindings.find(CourseKey.of(spring.by("mira", "Mira Okafor", "mira@example.org", Launches.INSTRUCTOR))))
                .isEmpty();
    }

    @Test
    void the_time_zone_is_preselected_when_the_platform_passes_one_and_the_title_falls_back_to_the_course() {
        var launch = spring.withCustom(Map.of("timezone", "America/Chicago"))
                .by("mira", "Mira Okafor", "mira@example.org", Launches.INSTRUCTOR);

        LaunchView.SetUpGroup view = (LaunchView.SetUpGroup) services.launches().arrive(launch);

        assertThat(view.form().zone()).isEqualTo("America/Chicago");
        assertThat(SetupRequest.zoneOf(Map.of("timezone", "Mars/Olympus"))).isEmpty();
    }

    @Test
    void a_valid_form_stores_a_weekly_group_led_by_the_launching_instructor_and_binds_the_link() {
        ActiveSession session = firstLaunchOfMira().session();

        LaunchView view = services.setup().setUp(session, validForm("Mira Okafor", "mira@example.org"));

        assertThat(view).isInstanceOf(LaunchView.LeaderHome.class);
        LaunchView.LeaderHome home = (LaunchView.LeaderHome) view;
        assertThat(home.role()).isEqualTo(FacultyRole.LEADER);
        assertThat(home.justAdded()).isTrue();
        BalintGroup group = home.group();
        assertThat(group.title()).isEqualTo("Balint group, spring");
        assertThat(group.numberOfSessions()).isEqualTo(8);
        assertThat(group.schedule().zone()).isEqualTo(ZURICH);
        assertThat(group.schedule().first().start()).isEqualTo(LocalDateTime.parse("2027-01-14T19:00").atZone(ZURICH).toInstant());
        assertThat(group.schedule().last().start()).isEqualTo(LocalDateTime.parse("2027-03-04T19:00").atZone(ZURICH).toInstant());
        assertThat(group.schedule().first().duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(group.faculty().leader().name()).isEqualTo("Mira Okafor");
        assertThat(group.faculty().leader().contact().email()).isEqualTo("mira@example.org");
        assertThat(records.groupsOf(Tenancy.of(Launches.MOODLE))).containsOnlyKeys(group.id());
        assertThat(bindings.find(session.session().course())).map(CourseBinding::group).contains(group.id());
        assertThat(home.session().session().group()).contains(group.id());
        assertThat(services.sessions().authenticate(java.util.Optional.of(session.token())))
                .isEqualTo(new org.balint.lti.tool.session.SessionCheck.Valid(home.session()));
    }

    @Test
    void a_form_with_mistakes_is_shown_again_with_every_reason_beside_its_field_and_nothing_is_stored() {
        ActiveSession session = firstLaunchOfMira().session();

        LaunchView view = services.setup().setUp(session, new SetupRequest("  ", "Mira Okafor", "not-an-address",
                "14.01.2027", "7pm", "eight", "90", "", "http://meet.example.org/balint"));

        LaunchView.SetUpGroup again = (LaunchView.SetUpGroup) view;
        assertThat(again.form().firstDate()).isEqualTo("14.01.2027");
        assertThat(again.violations()).extracting(v -> v.field().orElse("-") + " " + v.violation().code())
                .containsExactlyInAnyOrder(
                        "title title-missing",
                        "video_link video-link-not-https",
                        "leader_email leader-email-invalid",
                        "first_date first-session-date-invalid",
                        "first_time first-session-time-invalid",
                        "sessions number-of-sessions-invalid",
                        "zone time-zone-missing");
        assertThat(again.violations()).allSatisfy(v -> assertThat(v.violation().message()).isNotBlank());
        assertThat(records.groupsOf(Tenancy.of(Launches.MOODLE))).isEmpty();
        assertThat(bindings.find(session.session().course())).isEmpty();
    }

    @Test
    void a_first_session_in_the_past_or_a_series_of_no_sessions_is_refused() {
        ActiveSession session = firstLaunchOfMira().session();

        var past = (LaunchView.SetUpGroup) services.setup().setUp(session, new SetupRequest("Spring", "Mira Okafor",
                "mira@example.org", "2026-11-01", "19:00", "8", "90", "Europe/Zurich", "https://meet.example.org/b"));
        var none = (LaunchView.SetUpGroup) services.setup().setUp(session, new SetupRequest("Spring", "Mira Okafor",
                "mira@example.org", "2027-01-14", "19:00", "0", "90", "Europe/Zurich", "https://meet.example.org/b"));

        assertThat(past.violations()).extracting(v -> v.violation().code()).containsExactly("first-session-in-the-past");
        assertThat(none.violations()).extracting(v -> v.field().orElse("-") + " " + v.violation().code())
                .containsExactly("sessions number-of-sessions-invalid");
    }

    @Test
    void an_over_long_title_or_link_is_refused_beside_its_field() {
        ActiveSession session = firstLaunchOfMira().session();

        var again = (LaunchView.SetUpGroup) services.setup().setUp(session, new SetupRequest("t".repeat(201), "Mira Okafor",
                "mira@example.org", "2027-01-14", "19:00", "8", "90", "Europe/Zurich",
                "https://meet.example.org/" + "x".repeat(2000)));

        assertThat(again.violations()).extracting(v -> v.field().orElse("-") + " " + v.violation().code())
                .containsExactly("title title-too-long", "video_link video-link-too-long");
        assertThat(bindings.find(session.session().course())).isEmpty();
    }

    @Test
    void a_learner_cannot_set_up_the_group() {
        ActiveSession learner = ((LaunchView.NotSetUpYet) services.launches().arrive(
                spring.by("sam", "Sam Rivera", "sam@example.org", Launches.LEARNER))).session();

        LaunchView view = services.setup().setUp(learner, validForm("Sam Rivera", "sam@example.org"));

        assertThat(view).extracting(v -> ((LaunchView.Refused) v).code(), v -> ((LaunchView.Refused) v).status())
                .containsExactly("leaders-only", 403);
        assertThat(records.groupsOf(Tenancy.of(Launches.MOODLE))).isEmpty();
    }

    @Test
    void a_learner_opening_an_unbound_link_is_told_the_leader_has_not_set_it_up_yet() {
        LaunchView view = services.launches().arrive(spring.by("sam", "Sam Rivera", "sam@example.org", Launches.LEARNER));

        assertThat(view).isInstanceOf(LaunchView.NotSetUpYet.class);
        assertThat(((LaunchView.NotSetUpYet) view).title()).contains("Balint group, spring");
    }

    @Test
    void a_second_instructor_launching_later_joins_as_co_leader_and_a_third_launch_changes_nothing() {
        services.setup().setUp(firstLaunchOfMira().session(), validForm("Mira Okafor", "mira@example.org"));

        LaunchView second = services.launches().arrive(spring.by("jon", "Jon Berg", "jon@example.org", Launches.INSTRUCTOR));
        LaunchView again = services.launches().arrive(spring.by("jon", "Jon Berg", "jon@example.org", Launches.INSTRUCTOR));
        LaunchView leader = services.launches().arrive(spring.by("mira", "Mira Okafor", "mira@example.org", Launches.INSTRUCTOR));

        assertThat(((LaunchView.LeaderHome) second).role()).isEqualTo(FacultyRole.CO_LEADER);
        assertThat(((LaunchView.LeaderHome) second).justAdded()).isTrue();
        assertThat(((LaunchView.LeaderHome) again).justAdded()).isFalse();
        assertThat(((LaunchView.LeaderHome) leader).role()).isEqualTo(FacultyRole.LEADER);
        BalintGroup group = ((LaunchView.LeaderHome) again).group();
        assertThat(group.faculty().coLeaders()).extracting(f -> f.name()).containsExactly("Jon Berg");
    }

    @Test
    void a_teaching_assistant_whose_address_the_platform_withholds_is_asked_for_it_before_joining() {
        services.setup().setUp(firstLaunchOfMira().session(), validForm("Mira Okafor", "mira@example.org"));

        var asked = (LaunchView.FacultyDetailsNeeded) services.launches().arrive(
                spring.byAnonymised("ta-1", Launches.TEACHING_ASSISTANT));
        var wrong = (LaunchView.FacultyDetailsNeeded) services.setup().joinFaculty(asked.session(), "Ada Lee", "ada");
        var joined = (LaunchView.LeaderHome) services.setup().joinFaculty(asked.session(), "Ada Lee", "ada@example.org");

        assertThat(asked.name()).isEmpty();
        assertThat(wrong.violations()).extracting(v -> v.field().orElse("-") + " " + v.violation().code())
                .containsExactly("email leader-email-invalid");
        assertThat(joined.role()).isEqualTo(FacultyRole.CO_LEADER);
        assertThat(joined.group().faculty().coLeaders()).extracting(f -> f.contact().email()).containsExactly("ada@example.org");
    }

    @Test
    void two_instructors_submitting_the_set_up_form_at_once_create_one_group_with_both_on_its_faculty() throws Exception {
        ActiveSession mira = firstLaunchOfMira().session();
        ActiveSession jon = ((LaunchView.SetUpGroup) services.launches().arrive(
                spring.by("jon", "Jon Berg", "jon@example.org", Launches.INSTRUCTOR))).session();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<LaunchView>> both = List.of(
                    () -> {
                        start.await();
                        return services.setup().setUp(mira, validForm("Mira Okafor", "mira@example.org"));
                    },
                    () -> {
                        start.await();
                        return services.setup().setUp(jon, validForm("Jon Berg", "jon@example.org"));
                    });
            List<Future<LaunchView>> futures = new ArrayList<>();
            for (Callable<LaunchView> each : both) {
                futures.add(pool.submit(each));
            }
            start.countDown();
            List<LaunchView.LeaderHome> homes = new ArrayList<>();
            for (Future<LaunchView> future : futures) {
                homes.add((LaunchView.LeaderHome) future.get(30, TimeUnit.SECONDS));
            }

            var groups = records.groupsOf(Tenancy.of(Launches.MOODLE));
            assertThat(groups).hasSize(1);
            BalintGroup group = groups.values().iterator().next();
            assertThat(group.faculty().everyone()).extracting(f -> f.name())
                    .containsExactlyInAnyOrder("Mira Okafor", "Jon Berg");
            assertThat(homes).extracting(LaunchView.LeaderHome::role)
                    .containsExactlyInAnyOrder(FacultyRole.LEADER, FacultyRole.CO_LEADER);
            assertThat(bindings.find(mira.session().course())).map(CourseBinding::group).contains(group.id());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_binding_whose_group_was_never_stored_is_completed_by_the_next_set_up_under_the_bound_id() {
        ActiveSession session = firstLaunchOfMira().session();
        GroupId bound = bindings.bindIfAbsent(session.session().course(), new GroupId("g-interrupted")).group();

        assertThat(services.launches().arrive(spring.by("sam", "Sam Rivera", "sam@example.org", Launches.LEARNER)))
                .isInstanceOf(LaunchView.NotSetUpYet.class);
        LaunchView.SetUpGroup form = firstLaunchOfMira();
        var home = (LaunchView.LeaderHome) services.setup().setUp(form.session(), validForm("Mira Okafor", "mira@example.org"));

        assertThat(home.group().id()).isEqualTo(bound);
        assertThat(records.groupsOf(Tenancy.of(Launches.MOODLE))).containsOnlyKeys(bound);
    }

    @Test
    void the_same_course_and_link_ids_at_another_platform_registration_lead_to_a_group_of_their_own() {
        services.setup().setUp(firstLaunchOfMira().session(), validForm("Mira Okafor", "mira@example.org"));
        PlatformDeployment canvas = new PlatformDeployment("https://canvas.instructure.com", "10000000000042", "1");

        LaunchView elsewhere = services.launches().arrive(spring.through(canvas).by("mira", "Mira Okafor", "mira@example.org",
                Launches.INSTRUCTOR));
        LaunchView learnerElsewhere = services.launches().arrive(spring.through(canvas).by("sam", "Sam Rivera",
                "sam@example.org", Launches.LEARNER));

        assertThat(elsewhere).isInstanceOf(LaunchView.SetUpGroup.class);
        assertThat(learnerElsewhere).isInstanceOf(LaunchView.NotSetUpYet.class);
        assertThat(records.groupsOf(Tenancy.of(canvas))).isEmpty();
    }

    @Test
    void a_launch_that_names_no_user_or_grants_no_balint_role_is_refused_with_its_reason() {
        assertThat(services.launches().arrive(spring.anonymous(Launches.INSTRUCTOR)))
                .extracting(v -> ((LaunchView.Refused) v).code(), v -> ((LaunchView.Refused) v).status())
                .containsExactly(CourseLaunches.USER_NOT_IDENTIFIED, 403);
        assertThat(services.launches().arrive(spring.by("g", "Guest", "g@example.org",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Guest")))
                .extracting(v -> ((LaunchView.Refused) v).code())
                .isEqualTo(CourseLaunches.ROLE_NOT_RECOGNISED);
    }

    @Test
    void an_administrator_sees_whether_the_link_has_a_group() {
        var before = (LaunchView.AdminOverview) services.launches().arrive(spring.by("root", "Root", "root@example.org",
                Launches.ADMINISTRATOR));
        services.setup().setUp(firstLaunchOfMira().session(), validForm("Mira Okafor", "mira@example.org"));
        var after = (LaunchView.AdminOverview) services.launches().arrive(spring.by("root", "Root", "root@example.org",
                Launches.ADMINISTRATOR));

        assertThat(before.group()).isEmpty();
        assertThat(after.group()).map(BalintGroup::title).contains("Balint group, spring");
    }
}
