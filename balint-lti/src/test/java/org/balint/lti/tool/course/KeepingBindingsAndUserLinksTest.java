package org.balint.lti.tool.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.support.TestDataSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Course bindings and user links in the tool's tables")
class KeepingBindingsAndUserLinksTest {

    private final DataSource tool = TestDataSources.fresh("links");
    private final CourseBindings bindings = new CourseBindings(tool, SettingUpACourseGroupTest.CLOCK);
    private final UserLinks users = new UserLinks(tool, SettingUpACourseGroupTest.CLOCK);
    private final CourseKey spring = new CourseKey(Launches.MOODLE, Optional.of("42"), "link-7");

    @Test
    void a_placement_is_bound_once_and_later_bindings_get_the_first_one_back() {
        CourseBinding first = bindings.bindIfAbsent(spring, new GroupId("g-1"));
        CourseBinding second = bindings.bindIfAbsent(spring, new GroupId("g-2"));

        assertThat(second).isEqualTo(first);
        assertThat(bindings.find(spring)).contains(first);
        assertThat(first.boundAt()).isEqualTo(SettingUpACourseGroupTest.CLOCK.instant());
    }

    @Test
    void placements_differing_in_any_part_are_bound_separately() {
        List<CourseKey> keys = List.of(spring,
                new CourseKey(Launches.MOODLE, Optional.empty(), "link-7"),
                new CourseKey(Launches.MOODLE, Optional.of("42"), "link-8"),
                new CourseKey(new PlatformDeployment(Launches.MOODLE.issuer(), "other-client", "1"), Optional.of("42"), "link-7"),
                new CourseKey(new PlatformDeployment(Launches.MOODLE.issuer(), "moodle-client", "2"), Optional.of("42"), "link-7"),
                new CourseKey(Launches.MOODLE, Optional.of("4"), "2link-7"));
        for (int i = 0; i < keys.size(); i++) {
            bindings.bindIfAbsent(keys.get(i), new GroupId("g-" + i));
        }

        for (int i = 0; i < keys.size(); i++) {
            assertThat(bindings.find(keys.get(i))).map(CourseBinding::group).contains(new GroupId("g-" + i));
        }
    }

    @Test
    void many_leaders_binding_one_placement_at_once_all_get_the_same_group() throws Exception {
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<CourseBinding>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                GroupId proposed = new GroupId("g-racer-" + i);
                results.add(pool.submit(() -> {
                    start.await();
                    return bindings.bindIfAbsent(spring, proposed);
                }));
            }
            start.countDown();
            Set<GroupId> bound = new HashSet<>();
            for (Future<CourseBinding> result : results) {
                bound.add(result.get(30, TimeUnit.SECONDS).group());
            }

            assertThat(bound).hasSize(1);
            assertThat(bindings.find(spring)).map(CourseBinding::group).contains(bound.iterator().next());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_lms_user_keeps_one_random_balint_id_and_only_the_name_and_address_last_sent() throws Exception {
        LmsUser sent = new LmsUser(Launches.MOODLE.issuer(), Launches.MOODLE.clientId(), "sam", Optional.of("Sam Rivera"),
                Optional.of("sam@example.org"));
        LmsUser withheld = new LmsUser(Launches.MOODLE.issuer(), Launches.MOODLE.clientId(), "sam", Optional.empty(),
                Optional.empty());

        MemberId first = users.link(sent).member();
        UserLink later = users.link(withheld);

        assertThat(first.value()).startsWith("m-").doesNotContain("sam");
        assertThat(later.member()).isEqualTo(first);
        assertThat(users.find(sent)).map(UserLink::user).contains(withheld);
        try (Connection connection = tool.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT name, email FROM lti_user_link")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isNull();
            assertThat(row.getString(2)).isNull();
            assertThat(row.next()).isFalse();
        }
    }

    @Test
    void the_same_subject_at_another_registration_is_another_person() {
        MemberId moodle = users.link(new LmsUser(Launches.MOODLE.issuer(), "moodle-client", "7", Optional.empty(),
                Optional.empty())).member();
        MemberId other = users.link(new LmsUser(Launches.MOODLE.issuer(), "other-client", "7", Optional.empty(),
                Optional.empty())).member();

        assertThat(other).isNotEqualTo(moodle);
    }

    @Test
    void first_launches_of_one_user_at_the_same_moment_share_one_link() throws Exception {
        LmsUser kim = new LmsUser(Launches.MOODLE.issuer(), Launches.MOODLE.clientId(), "kim", Optional.of("Kim Ito"),
                Optional.empty());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<MemberId>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return users.link(kim).member();
                }));
            }
            start.countDown();
            Set<MemberId> ids = new HashSet<>();
            for (Future<MemberId> result : results) {
                ids.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
