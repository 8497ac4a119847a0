package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The group pages: navigation, and who may open which page")
class GroupPagesTest {

    private static final String BASE = "/balint/";

    private final GroupPages pages = new GroupPages() {
        @Override
        Stream<GroupPage> all() {
            return Stream.of(pageOf("attendance", "Attendance", 20, Set.of(BalintRole.LEADER)),
                    pageOf("home", "Home", 0, Set.of(BalintRole.values())),
                    pageOf("schedule", "My <schedule>", 10, Set.of(BalintRole.MEMBER)));
        }
    };

    private static GroupPage pageOf(String name, String label, int order, Set<BalintRole> audience) {
        return new GroupPage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean isFor(LaunchSession session) {
                return session.roles().stream().anyMatch(audience::contains);
            }

            @Override
            public String render(PageRequest request) {
                return "<h1>" + Html.escape(label) + "</h1><p>group " + request.group().map(GroupId::value).orElse("none")
                        + ", tenant " + Html.escape(request.tenant().platformIssuer()) + "</p>";
            }
        };
    }

    private static ActiveSession session(BalintRole role) {
        return new ActiveSession("tok\"en", "cs<rf", new LaunchSession(new CourseKey(new PlatformDeployment(
                "https://moodle.example.edu", "c", "1"), Optional.of("42"), "link-7"), "sub", EnumSet.of(role),
                Optional.of(new GroupId("g-1")), Instant.parse("2026-11-29T10:00:00Z"),
                Instant.parse("2026-11-29T14:00:00Z")));
    }

    private static String html(GroupPages.Shown shown) {
        return shown.html();
    }

    @Test
    void the_navigation_lists_the_pages_of_the_role_in_order_each_a_form_carrying_the_session() {
        String navigation = pages.navigation(session(BalintRole.LEADER), BASE, "home");

        assertThat(navigation).startsWith("<nav aria-label=\"Group pages\">");
        assertThat(navigation.indexOf(">Home</button>")).isLessThan(navigation.indexOf(">Attendance</button>"));
        assertThat(navigation).doesNotContain("schedule");
        assertThat(navigation).contains("action=\"/balint/lti/page/attendance\"")
                .contains("name=\"launch_session\" value=\"tok&quot;en\"").contains("name=\"csrf\" value=\"cs&lt;rf\"")
                .contains("<button type=\"submit\" aria-current=\"page\">Home</button>");
        assertThat(List.of(navigation.split("aria-current")).size()).isEqualTo(2);
    }

    @Test
    void labels_are_escaped_and_someone_with_one_page_gets_no_navigation() {
        assertThat(pages.navigation(session(BalintRole.MEMBER), BASE, "schedule")).contains(">My &lt;schedule&gt;</button>");
        assertThat(pages.navigation(session(BalintRole.ADMIN), BASE, "home")).isEmpty();
    }

    @Test
    void a_page_is_shown_inside_the_navigation_with_the_notice_of_the_last_action() {
        GroupPages.Shown response = pages.showing(session(BalintRole.LEADER), "attendance", BASE, Optional.of("Saved <3> marks."));

        assertThat(response.status()).isEqualTo(200);
        assertThat(html(response)).contains("<title>Balint: Attendance</title>")
                .contains("<p class=\"notice\" role=\"status\">Saved &lt;3&gt; marks.</p>")
                .contains("<h1>Attendance</h1><p>group g-1, tenant https://moodle.example.edu</p>")
                .contains("<button type=\"submit\" aria-current=\"page\">Attendance</button>");
    }

    @Test
    void a_page_not_for_the_role_is_refused_with_403_and_an_unknown_one_with_404() {
        GroupPages.Shown notForYou = pages.showing(session(BalintRole.MEMBER), "attendance", BASE, Optional.empty());
        GroupPages.Shown unknown = pages.showing(session(BalintRole.LEADER), "../admin", BASE, Optional.empty());

        assertThat(notForYou.status()).isEqualTo(403);
        assertThat(html(notForYou)).contains(GroupPages.PAGE_NOT_FOR_YOU).contains("group member")
                .doesNotContain("tenant");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(html(unknown)).contains(GroupPages.PAGE_UNKNOWN).doesNotContain("../admin");
    }

    @Test
    void an_action_shows_its_own_form_again_inside_the_navigation_with_its_status() {
        GroupPages.Shown response = pages.framing(session(BalintRole.LEADER), "attendance", BASE, 400, "<p>the reasons</p>");

        assertThat(response.status()).isEqualTo(400);
        assertThat(html(response)).contains("<p>the reasons</p>").contains("aria-current=\"page\">Attendance");
    }
}
