package org.balint.lti.protocol.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.DevPlatformConfig;
import org.balint.devplatform.Person;
import org.balint.devplatform.Role;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.grades.ActivityProgress;
import org.balint.lti.protocol.services.grades.GradeClient;
import org.balint.lti.protocol.services.grades.GradeSettings;
import org.balint.lti.protocol.services.grades.GradingProgress;
import org.balint.lti.protocol.services.grades.LineItem;
import org.balint.lti.protocol.services.grades.LineItemFilter;
import org.balint.lti.protocol.services.grades.NewLineItem;
import org.balint.lti.protocol.services.grades.Score;
import org.balint.lti.protocol.services.grades.ScoreOutcome;
import org.balint.lti.protocol.services.roster.Member;
import org.balint.lti.protocol.services.roster.MemberStatus;
import org.balint.lti.protocol.services.roster.Roster;
import org.balint.lti.protocol.services.roster.RosterClient;
import org.balint.lti.protocol.services.roster.RosterLimits;
import org.balint.lti.protocol.services.token.AssertionAudience;
import org.balint.lti.protocol.services.token.ClientCredentialsTokens;
import org.balint.lti.protocol.services.token.TokenSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The service clients against the real endpoints of the dev platform: the platform fetches the tool's
 * JWKS from a small server here to verify the {@code private_key_jwt} assertions.
 */
@DisplayName("Tokens, rosters and grades against the dev platform")
class ServicesAgainstTheDevPlatformTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Clock clock = Clock.systemUTC();
    private final ToolKeyRing keys = ToolKeyRing.generate(clock, Duration.ofHours(1));
    private HttpServer jwks;
    private DevPlatform platform;
    private PlatformRegistration registration;
    private ClientCredentialsTokens tokens;
    private ServiceHttp http;

    @BeforeEach
    void aPlatformThatKnowsTheToolsKeys() throws Exception {
        jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = keys.publicJwksJson().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/lti/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        platform = DevPlatform.start(DevPlatformConfig.forTool(URI.create("http://127.0.0.1:" + jwks.getAddress().getPort())));
        registration = new PlatformRegistration(platform.issuer().toString(), platform.config().clientId(),
                platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri(), Set.of("1"));
        http = new ServiceHttp(HttpClient.newHttpClient(), Duration.ofSeconds(5), 1024 * 1024);
        tokens = new ClientCredentialsTokens(http, keys, AssertionAudience.tokenEndpoint(), clock, TokenSettings.defaults());
    }

    @AfterEach
    void stop() {
        platform.close();
        jwks.stop(0);
    }

    @Test
    @DisplayName("a private_key_jwt assertion signed with the tool key earns a token, which is then reused")
    void clientCredentialsWithTheToolKey() {
        Set<String> scopes = Set.of(RosterClient.SCOPE);

        String first = tokens.token(registration, scopes).authorization();
        String again = tokens.token(registration, scopes).authorization();

        assertThat(first).startsWith("Bearer ").isEqualTo(again);
        assertThat(platform.tokenRequests()).isEqualTo(1);
        assertThat(platform.tokensGranted()).isEqualTo(1);
    }

    @Test
    @DisplayName("the roster is read over all its pages, and later only its differences")
    void rosterPagesAndDifferences() {
        for (int n = 1; n <= 250; n++) {
            platform.memberships().add("201", Person.of("p" + n, "Member", "No " + n, "p" + n + "@clinic.example", Role.LEARNER));
        }
        RosterClient roster = new RosterClient(http, tokens, RosterLimits.defaults());

        Roster everyone = roster.members(registration, URI.create(platform.membershipsUrl("201") + "?limit=100"));

        assertThat(everyone.pages()).isGreaterThanOrEqualTo(3);
        assertThat(everyone.members()).extracting(Member::userId).contains("p1", "p100", "p250").doesNotHaveDuplicates();
        assertThat(everyone.differences()).isPresent();

        platform.memberships().deactivate("201", "p7");
        platform.memberships().add("201", Person.of("p251", "New", "Member", "p251@clinic.example", Role.LEARNER));
        Roster changed = roster.differences(registration, everyone.differences().orElseThrow());

        assertThat(changed.members()).extracting(Member::userId).contains("p7", "p251").doesNotContain("p1");
        assertThat(changed.members()).filteredOn(m -> m.userId().equals("p7")).extracting(Member::status)
                .containsExactly(MemberStatus.INACTIVE);
        assertThat(platform.tokenRequests()).isEqualTo(1);
    }

    @Test
    @DisplayName("a line item is found by resource link and tag or created, and scores are delivered, stale or refused")
    void lineItemsAndScores() {
        platform.memberships().add("201", Person.of("p1", "Member", "One", "p1@clinic.example", Role.LEARNER));
        GradeClient grades = new GradeClient(http, tokens, Set.of(GradeClient.LINE_ITEM_SCOPE, GradeClient.SCORE_SCOPE,
                GradeClient.RESULT_SCOPE), clock, GradeSettings.defaults());
        URI container = platform.lineItemsUrl("201");
        LineItemFilter filter = LineItemFilter.of("301", "ce-credit");

        assertThat(grades.lineItems(registration, container, filter)).isEmpty();
        LineItem created = grades.create(registration, container,
                new NewLineItem("CE credit", 12, Optional.empty(), Optional.of("ce-credit"), Optional.of("301")));
        assertThat(grades.lineItems(registration, container, filter)).containsExactly(created);
        assertThat(grades.lineItems(registration, container, LineItemFilter.of("302", "ce-credit"))).isEmpty();

        Instant decided = Instant.parse("2026-04-23T09:15:00.001Z");
        Score score = new Score("p1", 10, 12, Optional.of("Attended 7 of 8 sessions."), decided, ActivityProgress.COMPLETED,
                GradingProgress.FULLY_GRADED);
        assertThat(grades.publish(registration, created.id(), score)).isInstanceOf(ScoreOutcome.Delivered.class);
        assertThat(grades.publish(registration, created.id(), score)).isInstanceOf(ScoreOutcome.Stale.class);
        assertThat(grades.result(registration, created.id(), "p1")).get().satisfies(result -> {
            assertThat(result.holds(score)).isTrue();
            assertThat(result.timestamp()).contains(decided);
        });
        assertThat(grades.result(registration, created.id(), "p2")).isEmpty();

        ScoreOutcome instructor = grades.publish(registration, created.id(),
                new Score("1001", 10, 12, Optional.empty(), decided, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED));
        assertThat(instructor).isInstanceOfSatisfying(ScoreOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("user-not-gradable");
            assertThat(rejected.reason()).contains("400", "Check their enrolment");
        });
        assertThat(platform.tokenRequests()).isEqualTo(1);
    }
}
