package org.balint.lti.tool.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.support.TestDataSources;
import org.balint.persistence.tenant.Tenant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The content picker keeps the deep-linking request on the server")
class KeepingContentPickerSessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final DataSource tool = TestDataSources.fresh("dlsessions");
    private final DeepLinkSessions sessions = new DeepLinkSessions(tool, clock, Duration.ofHours(1));

    private static DeepLinkContext context(Optional<String> data, String returnUrl) {
        return new DeepLinkContext(new PlatformDeployment("https://canvas.instructure.com", "10000000000042", "12:ab"),
                "user-7", Optional.empty(), URI.create(returnUrl), data, List.of("ltiResourceLink", "link"), true);
    }

    @Test
    void the_context_comes_back_exactly_and_the_session_expires_after_its_lifetime() {
        DeepLinkContext kept = context(Optional.of("opaque \"data\" ü"), "https://example.instructure.com/courses/5/deep_linking_response?modal=true");
        ActiveDeepLink active = sessions.start(kept);

        DeepLinkCheck check = sessions.verifyPost(Optional.of(active.token()), Optional.of(active.csrfToken()));
        assertThat(check).isInstanceOfSatisfying(DeepLinkCheck.Valid.class,
                valid -> assertThat(valid.active().context()).isEqualTo(kept));
        assertThat(((DeepLinkCheck.Valid) check).active().context().settings().acceptsResourceLinks()).isTrue();

        clock.advance(Duration.ofHours(1));
        assertThat(sessions.verifyPost(Optional.of(active.token()), Optional.of(active.csrfToken())))
                .isInstanceOfSatisfying(DeepLinkCheck.Refused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("session-expired");
                    assertThat(refused.message()).contains("content picker");
                });
        assertThat(sessions.markAnswered(active)).as("an expired session is not answered").isFalse();
    }

    @Test
    void a_request_without_data_keeps_none_and_is_answered_once() {
        ActiveDeepLink active = sessions.start(context(Optional.empty(), "https://lms.example/return"));

        assertThat(sessions.markAnswered(active)).isTrue();
        assertThat(sessions.markAnswered(active)).isFalse();
        assertThat(sessions.verifyPost(Optional.of(active.token()), Optional.of(active.csrfToken())))
                .isInstanceOfSatisfying(DeepLinkCheck.Refused.class, refused -> assertThat(refused.status()).isEqualTo(409));
    }

    @Test
    void a_context_longer_than_the_store_keeps_is_refused_before_anything_is_written() {
        DeepLinkContext huge = context(Optional.of("x".repeat(DeepLinkSessions.MAX_DATA + 1)), "https://lms.example/return");

        assertThat(DeepLinkSessions.fits(huge)).isFalse();
        assertThatThrownBy(() -> sessions.start(huge)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void groups_created_in_the_picker_are_listed_per_tenant_newest_first() {
        PlaceableGroups groups = new PlaceableGroups(tool, clock);
        Tenant moodle = new Tenant("https://moodle.example.edu", "1");
        groups.record(moodle, new GroupId("g-old"));
        clock.advance(Duration.ofMinutes(1));
        groups.record(moodle, new GroupId("g-new"));
        groups.record(new Tenant("https://moodle.example.edu", "2"), new GroupId("g-other"));

        assertThat(groups.unplaced(moodle)).containsExactly(new GroupId("g-new"), new GroupId("g-old"));
        assertThat(groups.belongsTo(moodle, new GroupId("g-other"))).isFalse();
    }
}
