package org.balint.lti.protocol.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.protocol.validation.LaunchScenario.CLIENT_ID;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.message.ResourceLinkLaunch;
import org.balint.lti.protocol.validation.LaunchScenario.BrowserLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Genuine launches are accepted exactly once")
class AcceptedLaunchTest {

    private final LaunchScenario scenario = new LaunchScenario();
    private final BrowserLogin login = scenario.login();
    private final Map<String, Object> claims = scenario.claimsFor(login);

    private ResourceLinkLaunch accepted(LaunchResult result) {
        assertThat(result).isInstanceOf(LaunchAccepted.class);
        return (ResourceLinkLaunch) ((LaunchAccepted) result).launch();
    }

    @Test
    @DisplayName("a member opening the group's link gets a typed launch and uses up the state and nonce")
    void memberLaunch() {
        ResourceLinkLaunch launch = accepted(scenario.launch(login, claims));

        assertThat(launch.user().orElseThrow().displayName()).isEqualTo("Dana Reyes");
        assertThat(launch.roles().isLearner()).isTrue();
        assertThat(launch.context().orElseThrow().title()).contains("Balint group for residents");
        assertThat(launch.resourceLink().id()).isEqualTo("link-9");
        assertThat(launch.details().issuedAt()).isEqualTo(LaunchScenario.NOW);
        assertThat(scenario.store.find(login.state()).orElseThrow().isCompleted()).isTrue();
        assertThat(scenario.store.isNonceUsed(login.nonce())).isTrue();
    }

    @Test
    @DisplayName("an anonymous launch (no sub) is accepted without a user, as LTI 1.3 allows")
    void anonymousLaunch() {
        claims.remove("sub");

        assertThat(accepted(scenario.launch(login, claims)).user()).isEmpty();
    }

    @Test
    @DisplayName("several audiences are accepted when azp names this tool")
    void severalAudiencesWithAzp() {
        claims.put("aud", List.of("lms-analytics", CLIENT_ID));
        claims.put("azp", CLIENT_ID);

        assertThat(accepted(scenario.launch(login, claims)).deployment().clientId()).isEqualTo(CLIENT_ID);
    }

    @Test
    @DisplayName("an empty roles array is accepted: the user simply has no roles")
    void emptyRoles() {
        claims.put(LtiClaims.ROLES, List.of());

        assertThat(accepted(scenario.launch(login, claims)).roles().all()).isEmpty();
    }

    @Test
    @DisplayName("a script in the link title is kept verbatim, for the page to escape, never interpreted here")
    void scriptInTitleIsData() {
        claims.put(LtiClaims.RESOURCE_LINK, Map.of("id", "link-9", "title", "<script>alert('x')</script>"));

        assertThat(accepted(scenario.launch(login, claims)).resourceLink().title()).contains("<script>alert('x')</script>");
    }

    @Test
    @DisplayName("a token that expired 29 s ago is still inside the 30 s skew; one issued 29 s ahead too")
    void skewTolerance() {
        claims.put("exp", LaunchScenario.NOW.minusSeconds(29).getEpochSecond());
        claims.put("iat", LaunchScenario.NOW.plusSeconds(29).getEpochSecond());

        accepted(scenario.launch(login, claims));
    }

    @Test
    @DisplayName("of two simultaneous submissions of one launch exactly one is accepted")
    void doubleSubmit() throws Exception {
        LaunchRequest request = scenario.launchOf(login, scenario.signed(claims));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<LaunchResult> submit = () -> scenario.processor.process(request);
            List<Future<LaunchResult>> results = pool.invokeAll(List.of(submit, submit));
            long acceptedCount = 0;
            for (Future<LaunchResult> f : results) {
                if (f.get() instanceof LaunchAccepted) {
                    acceptedCount++;
                } else {
                    // the loser is caught either at the state check or, if the winner completed in between, at the nonce
                    assertThat(((LaunchRefused) f.get()).problem().code()).isIn("state-reused", "nonce-replayed");
                }
            }
            assertThat(acceptedCount).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("launches keep using the cached key set: one fetch for many launches")
    void oneKeyFetchForManyLaunches() {
        for (int i = 0; i < 5; i++) {
            BrowserLogin next = scenario.login();
            accepted(scenario.launch(next, scenario.claimsFor(next)));
        }

        assertThat(scenario.platformJwks.fetches()).isEqualTo(1);
    }
}
