package org.balint.lti.tool.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.GradeService;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.message.RosterService;
import org.balint.lti.protocol.platform.InMemoryPlatformRegistry;
import org.balint.lti.protocol.platform.PlatformPresets;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.course.CourseBindings;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.PlacementEndpoints;
import org.balint.lti.tool.course.UserLinks;
import org.balint.lti.tool.placement.CourseKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Where a group's credit goes in the LMS, from what its launches recorded")
class FindingWhereAGroupsCreditGoesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private static final PlatformDeployment MOODLE = new PlatformDeployment("https://moodle.example.edu", "moodle-client", "1");
    private static final URI LINE_ITEMS = URI.create("https://moodle.example.edu/mod/lti/services.php/42/lineitems?type_id=3");
    private static final GroupId GROUP = new GroupId("g-spring");

    private final DataSource tool = TestDataSources.fresh("places");
    private final PlacementEndpoints endpoints = new PlacementEndpoints(tool, CLOCK);
    private final UserLinks users = new UserLinks(tool, CLOCK);
    private final CourseBindings bindings = new CourseBindings(tool, CLOCK);
    private final PlatformRegistration moodle = PlatformPresets.moodle(URI.create(MOODLE.issuer()), MOODLE.clientId(), Set.of("1"));
    private final InMemoryPlatformRegistry registry = new InMemoryPlatformRegistry(List.of(moodle));
    private final LinkedGradebookPlaces places = new LinkedGradebookPlaces(endpoints, users, registry);
    private final CourseKey spring = new CourseKey(MOODLE, Optional.of("42"), "link-7");

    @Test
    void a_bound_group_whose_launches_offered_line_items_goes_to_that_course_column() {
        bindings.bindIfAbsent(spring, GROUP);
        endpoints.record(spring, Optional.of(new GradeService(Optional.of(LINE_ITEMS), Optional.empty(), Set.of())),
                Optional.empty());

        assertThat(places.placeOf(GROUP)).contains(new GradebookPlace(moodle, LINE_ITEMS, "link-7"));
    }

    @Test
    void a_group_has_no_place_until_bound_and_offered_line_items_and_while_its_platform_is_registered() {
        assertThat(places.placeOf(GROUP)).isEmpty();

        bindings.bindIfAbsent(spring, GROUP);
        endpoints.record(spring, Optional.empty(), Optional.of(new RosterService(
                URI.create("https://moodle.example.edu/memberships"), List.of("2.0"))));
        assertThat(places.placeOf(GROUP)).as("no AGS offered").isEmpty();

        endpoints.record(spring, Optional.of(new GradeService(Optional.of(LINE_ITEMS), Optional.empty(), Set.of())),
                Optional.empty());
        registry.remove(MOODLE.issuer(), MOODLE.clientId());
        assertThat(places.placeOf(GROUP)).as("registration removed").isEmpty();
    }

    @Test
    void a_member_is_known_by_the_user_id_of_the_registration_the_group_is_placed_through() {
        bindings.bindIfAbsent(spring, GROUP);
        endpoints.record(spring, Optional.empty(), Optional.empty());
        MemberId ana = users.link(new LmsUser(MOODLE.issuer(), MOODLE.clientId(), "user-17", Optional.empty(),
                Optional.empty())).member();
        MemberId elsewhere = users.link(new LmsUser("https://canvas.example.edu", "canvas-client", "user-17",
                Optional.empty(), Optional.empty())).member();

        assertThat(places.lmsUserId(GROUP, ana)).contains("user-17");
        assertThat(places.lmsUserId(GROUP, elsewhere)).isEmpty();
        assertThat(places.lmsUserId(new GroupId("g-unbound"), ana)).isEmpty();
    }
}
