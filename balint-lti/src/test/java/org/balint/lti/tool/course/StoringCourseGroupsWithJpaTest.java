package org.balint.lti.tool.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.FacultyRole;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.GroupRegistrations;
import org.balint.core.registration.RegistrationStatus;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.registration.JpaRegistrations;
import org.balint.persistence.tenant.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Set-up and registration on Balint's JPA adapters")
class StoringCourseGroupsWithJpaTest {

    private static final Clock CLOCK = SettingUpACourseGroupTest.CLOCK;
    private static StandaloneDatabase balint;

    private final Launches spring = Launches.ofTheSpringGroup().link("link-" + java.util.UUID.randomUUID());
    /** Built per test, after {@link #openBalintsDatabase()} has run. */
    private final CourseServices services = CourseServices.over(TestDataSources.fresh("jpa"),
            new JpaBalintRecords(balint::inTransaction, new Tenants(CLOCK)), CLOCK);

    @BeforeAll
    static void openBalintsDatabase() {
        balint = StandaloneDatabase.open(DatabaseConnection.derbyInMemory());
    }

    @AfterAll
    static void closeIt() {
        balint.close();
    }

    private CourseServices services() {
        return services;
    }

    private Optional<BalintGroup> stored(BalintGroup group) {
        return balint.inTransaction(em -> {
            var scope = new Tenants(CLOCK).find(em, Tenancy.of(Launches.MOODLE)).orElseThrow();
            return new JpaGroups(scope, () -> em).find(group.id());
        });
    }

    @Test
    void the_group_set_up_and_a_member_registered_are_stored_for_the_platform_registration() {
        var form = (LaunchView.SetUpGroup) services().launches().arrive(spring.by("mira", "Mira Okafor", "mira@example.org",
                Launches.INSTRUCTOR));
        var home = (LaunchView.LeaderHome) services().setup().setUp(form.session(),
                SettingUpACourseGroupTest.validForm("Mira Okafor", "mira@example.org"));
        var sam = (LaunchView.RegistrationNeeded) services().launches().arrive(spring.by("sam", "Sam Rivera",
                "sam@example.org", Launches.LEARNER));
        var state = (LaunchView.RegistrationState) services().registration().register(sam.session(),
                new RegistrationRequest("Sam Rivera", "sam@example.org", "SOCIAL_WORKER", "", EnumSet.allOf(Attestation.class),
                        false));

        assertThat(state.registration().status()).isEqualTo(RegistrationStatus.ACCEPTED);
        BalintGroup group = stored(home.group()).orElseThrow();
        assertThat(group.title()).isEqualTo("Balint group, spring");
        assertThat(group.faculty().leader().name()).isEqualTo("Mira Okafor");
        assertThat(group.members()).extracting(m -> m.name()).containsExactly("Sam Rivera");
        Optional<GroupRegistrations> registrations = balint.inTransaction(em -> new JpaRegistrations(
                new Tenants(CLOCK).find(em, Tenancy.of(Launches.MOODLE)).orElseThrow(), () -> em).forGroup(group.id()));
        assertThat(registrations.orElseThrow().all()).hasSize(1);
        assertThat(services().launches().arrive(spring.by("sam", "Sam Rivera", "sam@example.org", Launches.LEARNER)))
                .isInstanceOf(LaunchView.RegistrationState.class);
    }

    @Test
    void two_instructors_setting_up_at_once_leave_one_stored_group_with_both_on_its_faculty() throws Exception {
        ActiveSession mira = ((LaunchView.SetUpGroup) services().launches().arrive(spring.by("mira", "Mira Okafor",
                "mira@example.org", Launches.INSTRUCTOR))).session();
        ActiveSession jon = ((LaunchView.SetUpGroup) services().launches().arrive(spring.by("jon", "Jon Berg",
                "jon@example.org", Launches.INSTRUCTOR))).session();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<LaunchView>> results = new ArrayList<>();
            results.add(pool.submit(() -> {
                start.await();
                return services().setup().setUp(mira, SettingUpACourseGroupTest.validForm("Mira Okafor", "mira@example.org"));
            }));
            results.add(pool.submit(() -> {
                start.await();
                return services().setup().setUp(jon, SettingUpACourseGroupTest.validForm("Jon Berg", "jon@example.org"));
            }));
            start.countDown();
            List<FacultyRole> roles = new ArrayList<>();
            BalintGroup any = null;
            for (Future<LaunchView> result : results) {
                LaunchView.LeaderHome home = (LaunchView.LeaderHome) result.get(60, TimeUnit.SECONDS);
                roles.add(home.role());
                any = home.group();
            }

            assertThat(roles).containsExactlyInAnyOrder(FacultyRole.LEADER, FacultyRole.CO_LEADER);
            BalintGroup group = stored(any).orElseThrow();
            assertThat(group.faculty().everyone()).extracting(f -> f.name()).containsExactlyInAnyOrder("Mira Okafor", "Jon Berg");
        } finally {
            pool.shutdownNow();
        }
    }
}
