package org.balint.lti.tool.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.UserLinks;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSessions;
import org.balint.persistence.tenant.Tenant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Passing the API gate: launch session, CSRF token, caller, access rules")
class PassingTheApiGateTest {

    private static final PlatformDeployment MOODLE = new PlatformDeployment("https://moodle.example.edu", "tool", "1");
    private static final PlatformDeployment MOODLE_OTHER_DEPLOYMENT =
            new PlatformDeployment("https://moodle.example.edu", "tool", "2");
    private static final GroupId TUESDAY = new GroupId("g-tuesday");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final DataSource tool = TestDataSources.fresh("apigate");
    private final LaunchSessions sessions = new LaunchSessions(tool, clock, Duration.ofHours(4));
    private final UserLinks users = new UserLinks(tool, clock);
    private final MemberId sam = users.link(new LmsUser(MOODLE.issuer(), MOODLE.clientId(), "sam",
            Optional.of("Sam Rivera"), Optional.empty())).member();
    private final Set<Tenant> asked = new java.util.HashSet<>();
    private final ApiGate gate = new ApiGate(sessions, users, (tenant, id) -> {
        asked.add(tenant);
        return tenant.equals(new Tenant(MOODLE.issuer(), MOODLE.deploymentId())) && id.equals(TUESDAY)
                ? Optional.of(new GroupPeople(TUESDAY, Set.of(sam), Set.of()))
                : Optional.empty();
    });

    private ActiveSession samIn(PlatformDeployment deployment) {
        return sessions.start(new CourseKey(deployment, Optional.of("42"), "link-7"), "sam",
                EnumSet.of(BalintRole.MEMBER), Optional.of(TUESDAY));
    }

    private static ApiGate.Request get(Optional<String> authorization, String group, String member) {
        return new ApiGate.Request("GET", authorization, Optional.empty(),
                EnumSet.of(Access.MEMBER_SELF, Access.FACULTY_OF_GROUP), Optional.of(group), Optional.of(member));
    }

    private static ApiGate.Request put(ActiveSession active, Optional<String> csrf) {
        return new ApiGate.Request("PUT", Optional.of("Bearer " + active.token()), csrf, EnumSet.of(Access.ANY_CALLER),
                Optional.empty(), Optional.empty());
    }

    private static String outcome(ApiGate.Passage passage) {
        return passage instanceof ApiGate.Stopped stopped
                ? stopped.refusal().status() + " " + stopped.refusal().problem().code()
                : "admitted";
    }

    @Test
    @DisplayName("a member's own records with their session: admitted as the caller the session names")
    void admitted() {
        ActiveSession active = samIn(MOODLE);

        ApiGate.Passage passage = gate.pass(get(Optional.of("Bearer " + active.token()), "g-tuesday", "me"));

        assertThat(passage).isInstanceOfSatisfying(ApiGate.Admitted.class, admitted -> {
            assertThat(admitted.caller()).isEqualTo(new Caller(MOODLE, sam, EnumSet.of(BalintRole.MEMBER),
                    Optional.of(TUESDAY)));
            assertThat(admitted.granted().member()).contains(sam);
        });
    }

    @Test
    @DisplayName("no session, another scheme, an unknown or an expired session: 401, saying to open the activity again")
    void unauthenticated() {
        ActiveSession active = samIn(MOODLE);
        assertThat(outcome(gate.pass(get(Optional.empty(), "g-tuesday", "me")))).isEqualTo("401 session-missing");
        assertThat(outcome(gate.pass(get(Optional.of("Basic " + active.token()), "g-tuesday", "me"))))
                .isEqualTo("401 session-missing");
        assertThat(outcome(gate.pass(get(Optional.of("Bearer forged"), "g-tuesday", "me"))))
                .isEqualTo("401 session-unknown");

        clock.advance(Duration.ofHours(4));

        ApiGate.Passage expired = gate.pass(get(Optional.of("Bearer " + active.token()), "g-tuesday", "me"));
        assertThat(outcome(expired)).isEqualTo("401 session-expired");
        assertThat(((ApiGate.Stopped) expired).refusal().problem().message())
                .contains("Open the activity from your course again");
    }

    @Test
    @DisplayName("a state-changing call needs the session's CSRF token: missing or wrong is 403, reads need none")
    void csrf() {
        ActiveSession active = samIn(MOODLE);

        assertThat(outcome(gate.pass(put(active, Optional.empty())))).isEqualTo("403 csrf-token-invalid");
        assertThat(outcome(gate.pass(put(active, Optional.of("not-the-token"))))).isEqualTo("403 csrf-token-invalid");
        assertThat(outcome(gate.pass(put(active, Optional.of(samIn(MOODLE).csrfToken())))))
                .as("another session's token").isEqualTo("403 csrf-token-invalid");
        assertThat(outcome(gate.pass(put(active, Optional.of(active.csrfToken()))))).isEqualTo("admitted");
        assertThat(outcome(gate.pass(new ApiGate.Request("DELETE", Optional.of("Bearer " + active.token()),
                Optional.empty(), EnumSet.of(Access.ANY_CALLER), Optional.empty(), Optional.empty()))))
                .isEqualTo("403 csrf-token-invalid");
        assertThat(outcome(gate.pass(new ApiGate.Request("HEAD", Optional.of("Bearer " + active.token()),
                Optional.empty(), EnumSet.of(Access.ANY_CALLER), Optional.empty(), Optional.empty()))))
                .isEqualTo("admitted");
    }

    @Test
    @DisplayName("the same person launching through another deployment finds none of the first deployment's groups")
    void otherDeployment() {
        ActiveSession elsewhere = samIn(MOODLE_OTHER_DEPLOYMENT);

        ApiGate.Passage passage = gate.pass(get(Optional.of("Bearer " + elsewhere.token()), "g-tuesday", "me"));

        assertThat(outcome(passage)).isEqualTo("404 group-not-found");
        assertThat(asked).containsExactly(new Tenant(MOODLE.issuer(), "2"));
    }

    @Test
    @DisplayName("a session whose person has no Balint link is refused like an unknown session")
    void unlinked() {
        ActiveSession stranger = sessions.start(new CourseKey(MOODLE, Optional.of("42"), "link-7"), "nobody",
                EnumSet.of(BalintRole.MEMBER), Optional.of(TUESDAY));

        assertThat(outcome(gate.pass(get(Optional.of("Bearer " + stranger.token()), "g-tuesday", "me"))))
                .isEqualTo("401 session-unknown");
    }
}
