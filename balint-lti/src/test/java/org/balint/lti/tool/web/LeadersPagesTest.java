package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.session.LaunchSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Members, My leader log and Credit pages are a leader's")
class LeadersPagesTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private static LaunchSession as(BalintRole role) {
        return new LaunchSession(new CourseKey(new PlatformDeployment("https://moodle.example.edu", "c", "1"),
                Optional.of("42"), "link-7"), "sub", EnumSet.of(role), Optional.of(new GroupId("g-1")), AT,
                AT.plusSeconds(3600));
    }

    @Test
    @DisplayName("only leaders may open them; their names are addresses the navigation accepts, in this order")
    void forLeadersOnly() {
        List<GroupPage> pages = List.of(new MembersPage(), new CreditPage(), new LeaderLogPage());

        for (GroupPage page : pages) {
            assertThat(page.isFor(as(BalintRole.LEADER))).as(page.name()).isTrue();
            assertThat(page.isFor(as(BalintRole.MEMBER))).as(page.name()).isFalse();
            assertThat(page.isFor(as(BalintRole.ADMIN))).as(page.name()).isFalse();
            assertThat(page.name()).matches("[a-z][a-z-]{0,39}");
        }
        assertThat(pages).extracting(GroupPage::name).containsExactly("members", "credit", "log");
        assertThat(pages).extracting(GroupPage::order).isSorted();
        assertThat(pages).extracting(GroupPage::label).containsExactly("Members", "Credit", "My leader log");
    }

    @Test
    @DisplayName("a leader's page of an activity without a group says to set it up first")
    void noGroup() {
        assertThat(LeadingPages.noGroup("Members")).contains("<h1>Members</h1>", "has no Balint group yet");
    }
}
