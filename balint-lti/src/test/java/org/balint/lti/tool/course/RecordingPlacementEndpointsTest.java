package org.balint.lti.tool.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.message.GradeService;
import org.balint.lti.protocol.message.RosterService;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.placement.CourseKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The LMS services each placement's launches offer")
class RecordingPlacementEndpointsTest {

    private static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    private static final URI LINE_ITEMS = URI.create("https://moodle.example.edu/mod/lti/services.php/42/lineitems?type_id=3");
    private static final URI MEMBERSHIPS = URI.create("https://moodle.example.edu/mod/lti/services.php/CourseSection/42/bindings/3/memberships");

    private final DataSource tool = TestDataSources.fresh("endpoints");
    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final PlacementEndpoints endpoints = new PlacementEndpoints(tool, clock);
    private final CourseKey spring = new CourseKey(Launches.MOODLE, Optional.of("42"), "link-7");
    private final Optional<GradeService> grades = Optional.of(new GradeService(Optional.of(LINE_ITEMS), Optional.empty(),
            Set.of(SCORE, LINE_ITEM)));
    private final Optional<RosterService> roster = Optional.of(new RosterService(MEMBERSHIPS, List.of("2.0")));

    @Test
    void a_launch_records_where_the_gradebook_and_the_roster_of_its_course_are() {
        endpoints.record(spring, grades, roster);

        PlacementEndpoints.Endpoints found = endpoints.find(spring).orElseThrow();
        assertThat(found.key()).isEqualTo(spring);
        assertThat(found.grades()).isEqualTo(grades);
        assertThat(found.roster()).isEqualTo(roster);
        assertThat(found.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void a_placement_without_services_is_recorded_as_offering_none() {
        CourseKey noCourse = new CourseKey(Launches.MOODLE, Optional.empty(), "link-9");
        endpoints.record(noCourse, Optional.empty(), Optional.empty());

        PlacementEndpoints.Endpoints found = endpoints.find(noCourse).orElseThrow();
        assertThat(found.grades()).isEmpty();
        assertThat(found.roster()).isEmpty();
        assertThat(found.key().contextId()).isEmpty();
    }

    @Test
    void unchanged_services_are_not_written_again_but_changed_ones_are() {
        endpoints.record(spring, grades, roster);
        Instant first = clock.instant();
        clock.advance(Duration.ofMinutes(1));

        endpoints.record(spring, grades, roster);
        assertThat(endpoints.find(spring).orElseThrow().updatedAt()).isEqualTo(first);

        Optional<GradeService> narrower = Optional.of(new GradeService(Optional.of(LINE_ITEMS), Optional.empty(), Set.of(SCORE)));
        endpoints.record(spring, narrower, Optional.empty());
        PlacementEndpoints.Endpoints found = endpoints.find(spring).orElseThrow();
        assertThat(found.grades()).isEqualTo(narrower);
        assertThat(found.roster()).isEmpty();
        assertThat(found.updatedAt()).isEqualTo(clock.instant());
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void what_another_node_wrote_is_corrected_once_the_memory_of_the_last_write_is_no_longer_trusted() {
        PlacementEndpoints otherNode = new PlacementEndpoints(tool, clock);
        endpoints.record(spring, grades, roster);
        otherNode.record(spring, Optional.empty(), Optional.empty());

        clock.advance(PlacementEndpoints.TRUSTED.plusSeconds(1));
        endpoints.record(spring, grades, roster);

        assertThat(endpoints.find(spring).orElseThrow().grades()).isEqualTo(grades);
    }

    @Test
    void a_service_address_too_long_to_keep_is_treated_as_not_offered() {
        URI huge = URI.create("https://moodle.example.edu/lineitems?x=" + "a".repeat(PlacementEndpoints.MAX_URL));
        endpoints.record(spring, Optional.of(new GradeService(Optional.of(huge), Optional.empty(), Set.of(SCORE))), roster);

        PlacementEndpoints.Endpoints found = endpoints.find(spring).orElseThrow();
        assertThat(found.lineItems()).isEmpty();
        assertThat(found.gradeScopes()).containsExactly(SCORE);
        assertThat(found.roster()).isEqualTo(roster);
    }

    @Test
    void a_group_finds_the_services_of_the_placement_it_is_bound_to_and_no_other() {
        CourseBindings bindings = new CourseBindings(tool, clock);
        endpoints.record(spring, grades, roster);
        endpoints.record(new CourseKey(Launches.MOODLE, Optional.of("43"), "link-8"), Optional.empty(), Optional.empty());
        bindings.bindIfAbsent(spring, new GroupId("g-spring"));

        assertThat(endpoints.findForGroup(new GroupId("g-spring"))).map(PlacementEndpoints.Endpoints::key).contains(spring);
        assertThat(endpoints.findForGroup(new GroupId("g-unbound"))).isEmpty();
    }

    private int rows() {
        try (Connection connection = tool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM lti_placement_endpoints")) {
            count.next();
            return count.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
