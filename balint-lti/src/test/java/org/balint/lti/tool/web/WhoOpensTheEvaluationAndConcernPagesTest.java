package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.session.LaunchSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who may open the evaluation, summary, concern and committee pages")
class WhoOpensTheEvaluationAndConcernPagesTest {

    private static LaunchSession session(Set<BalintRole> roles, boolean grouped) {
        return new LaunchSession(new CourseKey(new PlatformDeployment("https://moodle.example.edu", "c", "1"),
                Optional.of("42"), "link-7"), "sub", EnumSet.copyOf(roles),
                grouped ? Optional.of(new GroupId("g-1")) : Optional.empty(), Instant.parse("2026-11-29T10:00:00Z"),
                Instant.parse("2026-11-29T14:00:00Z"));
    }

    @Test
    @DisplayName("members of a set-up group open the evaluation and concern pages; leaders and administrators do not")
    void memberPages() {
        for (GroupPage page : new GroupPage[] {new EvaluationPage(), new ConcernPage()}) {
            assertThat(page.isFor(session(Set.of(BalintRole.MEMBER), true))).as(page.name()).isTrue();
            assertThat(page.isFor(session(Set.of(BalintRole.MEMBER), false))).as(page.name()).isFalse();
            assertThat(page.isFor(session(Set.of(BalintRole.LEADER), true))).as(page.name()).isFalse();
            assertThat(page.isFor(session(Set.of(BalintRole.ADMIN), true))).as(page.name()).isFalse();
        }
    }

    @Test
    @DisplayName("leaders of a set-up group open the summary; the platform's administrators open the committee")
    void leaderAndAdminPages() {
        assertThat(new EvaluationsPage().isFor(session(Set.of(BalintRole.LEADER), true))).isTrue();
        assertThat(new EvaluationsPage().isFor(session(Set.of(BalintRole.MEMBER), true))).isFalse();
        assertThat(new CommitteePage().isFor(session(Set.of(BalintRole.ADMIN), false))).isTrue();
        assertThat(new CommitteePage().isFor(session(Set.of(BalintRole.LEADER), true))).isFalse();
        assertThat(new CommitteePage().isFor(session(Set.of(BalintRole.MEMBER), true))).isFalse();
    }

    @Test
    @DisplayName("page names are addresses: lower-case letters and hyphens")
    void names() {
        assertThat(new GroupPage[] {new EvaluationPage(), new EvaluationsPage(), new ConcernPage(), new CommitteePage()})
                .extracting(GroupPage::name).containsExactly("evaluation", "evaluations", "concern", "committee")
                .allMatch(name -> name.matches("[a-z][a-z-]*"));
    }
}
