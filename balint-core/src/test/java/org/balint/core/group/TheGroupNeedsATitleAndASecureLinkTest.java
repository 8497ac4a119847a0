package org.balint.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.group.GroupFixture.anEmptyDraft;
import static org.balint.core.group.TheScheduleMustBeUnambiguousTest.codes;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TheGroupNeedsATitleAndASecureLinkTest {

    @Test
    @DisplayName("a blank title is rejected")
    void blankTitle() {
        assertThat(codes(anEmptyDraft().title("   ").validate().violations())).containsExactly("title-missing");
    }

    @Test
    @DisplayName("a group without a video-meeting link is rejected")
    void linkMissing() {
        var outcome = BalintGroup.draft(GroupFixture.GROUP_ID).title("Spring").leader(GroupFixture.leaderDrLevi())
                .schedule(GroupFixture.CHICAGO, GroupFixture.eightWeeklySessions()).validate();

        assertThat(codes(outcome.violations())).containsExactly("video-link-missing");
    }

    @Test
    @DisplayName("a plain http link is rejected, because sessions are confidential")
    void httpLink() {
        var outcome = anEmptyDraft().videoLink("http://meet.example.org/balint").validate();

        assertThat(codes(outcome.violations())).containsExactly("video-link-not-https");
    }

    @ParameterizedTest(name = "\"{0}\" is not a web address")
    @ValueSource(strings = {"meet.example.org/balint", "https://", "https://meet example.org", "zoom meeting 123"})
    @DisplayName("a link that is not a web address is rejected")
    void malformedLink(String link) {
        assertThat(codes(anEmptyDraft().videoLink(link).validate().violations())).containsExactly("video-link-malformed");
    }

    @Test
    @DisplayName("an https link is kept as given")
    void httpsKept() {
        var group = anEmptyDraft().videoLink(URI.create("https://zoom.example.com/j/123?pwd=abc")).validate().orElseThrow();

        assertThat(group.videoLink()).isEqualTo(URI.create("https://zoom.example.com/j/123?pwd=abc"));
    }
}
