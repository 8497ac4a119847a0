package org.balint.lti.protocol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.message.DeepLinkingRequest;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.message.ResourceLinkLaunch;
import org.balint.lti.protocol.platform.PlatformPresets;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.support.Fixtures;
import org.balint.lti.protocol.support.TestKeys;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Launches captured from a real Moodle 4.5")
class MoodleLaunchTest {

    private static final String DIR = "moodle-4.5/";
    private static final String SITE = "http://127.0.0.1:8800";
    private static final String CLIENT_ID = "2ABqdqmSjYFK1oP";

    private final Map<String, Object> loginInitiation = Fixtures.object(Fixtures.json(DIR + "01-student-login-initiation.json"), "params");
    private final Map<String, Object> authRequest = Fixtures.object(Fixtures.json(DIR + "02-student-auth-request-from-stub.json"), "params");
    private final Map<String, Object> launchPost = Fixtures.json(DIR + "03-student-launch-post.json");
    private final String studentToken = Fixtures.text(DIR + "04-student-id_token.jwt.txt");
    private final Map<String, Object> studentClaims = Fixtures.json(DIR + "04-student-id_token-claims.json");

    private static PlatformRegistration moodle() {
        return PlatformPresets.moodle(URI.create(SITE), CLIENT_ID, Set.of("1"));
    }

    private static JWKSet capturedKeys() {
        try {
            return JWKSet.parse(Fixtures.text(DIR + "17-platform-jwks.json"));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private FixturePlatform atStudentIssueTime() {
        FixturePlatform moodle = new FixturePlatform(moodle(), capturedKeys(),
                Instant.ofEpochSecond(((Number) studentClaims.get("iat")).longValue()));
        moodle.loginWasStarted((String) authRequest.get("state"), (String) authRequest.get("nonce"),
                URI.create((String) loginInitiation.get("target_link_uri")),
                Optional.of((String) loginInitiation.get("lti_deployment_id")));
        return moodle;
    }

    @Test
    @DisplayName("the captured launch POST carries the captured student id_token and the state the tool sent")
    void capturesAreConsistent() {
        assertThat(launchPost.get("id_token")).isEqualTo(studentToken);
        assertThat(launchPost.get("state")).isEqualTo(authRequest.get("state"));
    }

    @Test
    @DisplayName("the real student id_token validates against Moodle's captured key set with the clock at its iat")
    void studentLaunchValidates() {
        FixturePlatform moodle = atStudentIssueTime();

        LaunchResult result = moodle.launch(studentToken, (String) authRequest.get("state"));

        assertThat(result).isInstanceOf(LaunchAccepted.class);
        ResourceLinkLaunch launch = (ResourceLinkLaunch) ((LaunchAccepted) result).launch();
        assertThat(launch.deployment()).isEqualTo(new PlatformDeployment(SITE, CLIENT_ID, "1"));
        assertThat(launch.user().orElseThrow().subject()).isEqualTo("4");
        assertThat(launch.user().orElseThrow().displayName()).isEqualTo("Stu Dent");
        assertThat(launch.user().orElseThrow().email()).contains("student1@example.com");
        assertThat(launch.roles().isLearner()).isTrue();
        assertThat(launch.roles().isInstructor()).isFalse();
        assertThat(launch.context().orElseThrow().id()).isEqualTo("2");
        assertThat(launch.context().orElseThrow().label()).contains("LTI101");
        assertThat(launch.context().orElseThrow().types()).containsExactly("CourseSection");
        assertThat(launch.resourceLink().id()).isEqualTo("1");
        assertThat(launch.resourceLink().title()).contains("Stub activity");
        assertThat(launch.details().targetLinkUri()).isEqualTo(URI.create("http://127.0.0.1:8801/launch"));
        assertThat(launch.details().gradeService().orElseThrow().lineItem())
                .contains(URI.create(SITE + "/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1"));
        assertThat(launch.details().gradeService().orElseThrow().canPostScores()).isTrue();
        assertThat(launch.details().rosterService().orElseThrow().contextMembershipsUrl())
                .isEqualTo(URI.create(SITE + "/mod/lti/services.php/CourseSection/2/bindings/1/memberships"));
        assertThat(launch.details().presentation().orElseThrow().documentTarget()).contains("window");
        assertThat(launch.details().custom()).containsEntry("activity", "stub1");
        assertThat(launch.details().platformInstance().orElseThrow().productFamilyCode()).contains("moodle");
        assertThat(moodle.jwks.fetches()).isEqualTo(1);
    }

    @Test
    @DisplayName("the real student id_token is refused once the clock passes exp (plus the 30 s skew)")
    void studentLaunchExpires() {
        long exp = ((Number) studentClaims.get("exp")).longValue();
        FixturePlatform justBefore = atStudentIssueTime();
        justBefore.clock.set(Instant.ofEpochSecond(exp + 29));
        FixturePlatform justAfter = atStudentIssueTime();
        justAfter.clock.set(Instant.ofEpochSecond(exp + 30));

        assertThat(justBefore.launch(studentToken, (String) authRequest.get("state"))).isInstanceOf(LaunchAccepted.class);
        LaunchResult late = justAfter.launch(studentToken, (String) authRequest.get("state"));
        assertThat(late).isInstanceOf(LaunchRefused.class);
        assertThat(((LaunchRefused) late).problem().code()).isEqualTo("token-expired");
    }

    @Test
    @DisplayName("the real student id_token with its role changed to Instructor fails Moodle's signature")
    void tamperedStudentTokenIsRefused() {
        FixturePlatform moodle = atStudentIssueTime();
        studentClaims.put(LtiClaims.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
        String[] parts = studentToken.split("\\.");
        String tampered = parts[0] + "." + Base64URL.encode(JSONObjectUtils.toJSONString(studentClaims)) + "." + parts[2];

        LaunchResult result = moodle.launch(tampered, (String) authRequest.get("state"));

        assertThat(((LaunchRefused) result).problem().code()).isEqualTo("signature-invalid");
    }

    @Test
    @DisplayName("the real student id_token is refused when presented by another browser")
    void studentTokenFromAnotherBrowserIsRefused() {
        FixturePlatform moodle = atStudentIssueTime();

        LaunchResult result = moodle.processor.process(
                LaunchRequest.of(studentToken, (String) authRequest.get("state"), "another-browser"));

        assertThat(((LaunchRefused) result).problem().code()).isEqualTo("state-not-bound-to-browser");
    }

    @Test
    @DisplayName("Moodle's teacher claims, re-signed, give an instructor launch in the same course")
    void teacherLaunch() {
        Map<String, Object> claims = Fixtures.json(DIR + "11-teacher-id_token-claims.json");
        RSAKey key = TestKeys.rsaKey("moodle-test-key");
        FixturePlatform moodle = new FixturePlatform(moodle(), new JWKSet(key.toPublicJWK()),
                Instant.ofEpochSecond(((Number) claims.get("iat")).longValue()));
        moodle.loginWasStartedFor("teacher-state", claims);

        LaunchResult result = moodle.launch(TestKeys.signRs256(key, claims), "teacher-state");

        ResourceLinkLaunch launch = (ResourceLinkLaunch) ((LaunchAccepted) result).launch();
        assertThat(launch.roles().isInstructor()).isTrue();
        assertThat(launch.roles().isLearner()).isFalse();
        assertThat(launch.user().orElseThrow().subject()).isEqualTo("3");
        assertThat(launch.context().orElseThrow().id()).isEqualTo("2");
    }

    @Test
    @DisplayName("Moodle's deep-linking claims, re-signed, give a deep-linking request with its settings")
    void deepLinkingRequest() {
        Map<String, Object> claims = Fixtures.json(DIR + "13-deeplinking-id_token-claims.json");
        RSAKey key = TestKeys.rsaKey("moodle-test-key");
        FixturePlatform moodle = new FixturePlatform(moodle(), new JWKSet(key.toPublicJWK()),
                Instant.ofEpochSecond(((Number) claims.get("iat")).longValue()));
        moodle.loginWasStartedFor("dl-state", claims);

        LaunchResult result = moodle.launch(TestKeys.signRs256(key, claims), "dl-state");

        DeepLinkingRequest request = (DeepLinkingRequest) ((LaunchAccepted) result).launch();
        assertThat(request.settings().acceptsResourceLinks()).isTrue();
        assertThat(request.settings().acceptPresentationTargets()).containsExactly("frame", "iframe", "window");
        assertThat(request.settings().acceptMultiple()).isTrue();
        assertThat(request.settings().autoCreate()).isFalse();
        assertThat(request.settings().title()).contains("DL test");
        assertThat(request.settings().text()).isEmpty();
        assertThat(request.settings().returnUrl().toString()).startsWith(SITE + "/mod/lti/contentitem_return.php?course=2");
        assertThat(request.roles().isInstructor()).isTrue();
        assertThat(request.details().gradeService().orElseThrow().lineItem()).isEmpty();
    }
}
