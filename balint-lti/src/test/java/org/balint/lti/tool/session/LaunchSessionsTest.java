package org.balint.lti.tool.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import javax.sql.DataSource;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.course.CourseKey;
import org.balint.lti.tool.launch.BalintRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Launch sessions carried in the pages, not in cookies")
class LaunchSessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final DataSource tool = TestDataSources.fresh("sessions");
    private final LaunchSessions sessions = new LaunchSessions(tool, clock, Duration.ofHours(4));
    private final CourseKey course = new CourseKey(new PlatformDeployment("https://moodle.example.edu", "c", "1"),
            Optional.of("42"), "link-7");

    private ActiveSession started() {
        return sessions.start(course, "sam", EnumSet.of(BalintRole.MEMBER), Optional.empty());
    }

    @Test
    void a_started_session_is_found_by_its_token_with_everything_it_knows() {
        ActiveSession active = started();

        SessionCheck check = sessions.verifyPost(Optional.of(active.token()), Optional.of(active.csrfToken()));

        assertThat(check).isEqualTo(new SessionCheck.Valid(active));
        assertThat(active.session().course()).isEqualTo(course);
        assertThat(active.session().roles()).containsExactly(BalintRole.MEMBER);
        assertThat(active.session().expiresAt()).isEqualTo(Instant.parse("2026-11-29T14:00:00Z"));
    }

    @Test
    void tokens_carry_256_random_bits_and_only_their_hash_is_stored() throws Exception {
        ActiveSession active = started();

        assertThat(Base64.getUrlDecoder().decode(active.token())).hasSize(32);
        assertThat(Base64.getUrlDecoder().decode(active.csrfToken())).hasSize(32);
        assertThat(active.token()).isNotEqualTo(started().token());
        try (Connection connection = tool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT session_hash FROM lti_launch_session")) {
            while (rows.next()) {
                assertThat(rows.getString(1)).hasSize(64).isNotEqualTo(active.token());
            }
        }
        assertThat(active.toString()).doesNotContain(active.token()).doesNotContain(active.csrfToken());
    }

    @Test
    void a_post_without_the_session_with_a_forged_one_or_with_another_csrf_token_is_refused() {
        ActiveSession active = started();
        ActiveSession other = started();

        assertThat(sessions.verifyPost(Optional.empty(), Optional.of(active.csrfToken())))
                .isEqualTo(new SessionCheck.Refused(SessionRefusal.SESSION_MISSING));
        assertThat(sessions.verifyPost(Optional.of("  "), Optional.of(active.csrfToken())))
                .isEqualTo(new SessionCheck.Refused(SessionRefusal.SESSION_MISSING));
        assertThat(sessions.verifyPost(Optional.of(active.token() + "x"), Optional.of(active.csrfToken())))
                .isEqualTo(new SessionCheck.Refused(SessionRefusal.SESSION_UNKNOWN));
        assertThat(sessions.verifyPost(Optional.of(active.token()), Optional.of(other.csrfToken())))
                .isEqualTo(new SessionCheck.Refused(SessionRefusal.CSRF_TOKEN_INVALID));
        assertThat(sessions.verifyPost(Optional.of(active.token()), Optional.empty()))
                .isEqualTo(new SessionCheck.Refused(SessionRefusal.CSRF_TOKEN_INVALID));
        assertThat(SessionRefusal.CSRF_TOKEN_INVALID.httpStatus()).isEqualTo(401);
        assertThat(SessionRefusal.SESSION_EXPIRED.message()).contains("Launch Balint again from your course");
    }

    @Test
    void a_session_is_refused_once_it_has_expired_and_expired_sessions_are_removed() throws Exception {
        ActiveSession active = started();

        clock.advance(Duration.ofHours(4).minusSeconds(1));
        assertThat(sessions.authenticate(Optional.of(active.token()))).isInstanceOf(SessionCheck.Valid.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.authenticate(Optional.of(active.token())))
                .isEqualTo(new SessionCheck.Refused(SessionRefusal.SESSION_EXPIRED));

        started();
        try (Connection connection = tool.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM lti_launch_session")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void binding_the_placement_records_the_group_on_the_session() {
        ActiveSession active = sessions.start(course, "mira", EnumSet.of(BalintRole.LEADER, BalintRole.ADMIN), Optional.empty());

        ActiveSession bound = sessions.bind(active, new GroupId("g-1"));

        assertThat(bound.session().group()).contains(new GroupId("g-1"));
        assertThat(sessions.authenticate(Optional.of(active.token()))).isEqualTo(new SessionCheck.Valid(bound));
        assertThat(bound.session().isLeader()).isTrue();
        assertThat(bound.session().isMemberOnly()).isFalse();
    }
}
