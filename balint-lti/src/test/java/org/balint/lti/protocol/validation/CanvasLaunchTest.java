package org.balint.lti.protocol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.balint.lti.protocol.message.DeepLinkingRequest;
import org.balint.lti.protocol.message.GradeService;
import org.balint.lti.protocol.message.LtiUser;
import org.balint.lti.protocol.message.ResourceLinkLaunch;
import org.balint.lti.protocol.platform.CanvasEnvironment;
import org.balint.lti.protocol.platform.PlatformPresets;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.support.Fixtures;
import org.balint.lti.protocol.support.TestKeys;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Canvas claim sets built from Canvas's documentation, re-signed with a test key under Canvas's key id. */
@DisplayName("Launches shaped like Canvas's")
class CanvasLaunchTest {

    private static final String DIR = "canvas/";
    private static final String CLIENT_ID = "10000000000042";
    private static final String DEPLOYMENT = "12:8865aa05b4b79b64a91a86042e43af5ea8ae79eb";
    private static final String CANVAS_KID = (String) Fixtures.json(DIR + "04-student-id_token-header.json").get("kid");
    private static final RSAKey KEY = TestKeys.rsaKey(CANVAS_KID);

    private static FixturePlatform canvasAt(Map<String, Object> claims) {
        PlatformRegistration registration = PlatformPresets.canvas(CanvasEnvironment.PRODUCTION, CLIENT_ID, Set.of(DEPLOYMENT));
        FixturePlatform canvas = new FixturePlatform(registration, new JWKSet(KEY.toPublicJWK()),
                Instant.ofEpochSecond(((Number) claims.get("iat")).longValue()));
        // a second developer key in the same Canvas: same issuer, another client_id
        canvas.registry.register(PlatformPresets.canvas(CanvasEnvironment.PRODUCTION, "10000000000099", Set.of("7:other")));
        return canvas;
    }

    private static String signed(Map<String, Object> claims) {
        return TestKeys.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(CANVAS_KID).build(),
                TestKeys.signer(KEY), claims);
    }

    @Test
    @DisplayName("a student's assignment launch gives a learner with context, resource link, grades and roster")
    void studentAssignmentLaunch() {
        Map<String, Object> claims = Fixtures.json(DIR + "04-student-id_token-claims.json");
        Map<String, Object> auth = Fixtures.object(Fixtures.json(DIR + "02-auth-request.json"), "params");
        FixturePlatform canvas = canvasAt(claims);
        canvas.loginWasStartedFor((String) auth.get("state"), claims);

        LaunchResult result = canvas.launch(signed(claims), (String) auth.get("state"));

        ResourceLinkLaunch launch = (ResourceLinkLaunch) ((LaunchAccepted) result).launch();
        assertThat(launch.deployment().issuer()).isEqualTo("https://canvas.instructure.com");
        assertThat(launch.deployment().clientId()).isEqualTo(CLIENT_ID);
        assertThat(launch.deployment().deploymentId()).isEqualTo(DEPLOYMENT);
        LtiUser user = launch.user().orElseThrow();
        assertThat(user.subject()).isEqualTo("7f1c5a9e-3b2d-4c8f-9e6a-1d4b8c2f0a57");
        assertThat(user.displayName()).isEqualTo("Terrence Walls");
        assertThat(user.locale()).contains("en");
        assertThat(launch.roles().isLearner()).isTrue();
        assertThat(launch.roles().hasInstitutionRole("Student")).isTrue();
        assertThat(launch.roles().hasSystemRole("User")).isTrue();
        assertThat(launch.roles().isInstructor()).isFalse();
        assertThat(launch.roles().isAdministrator()).isFalse();
        assertThat(launch.context().orElseThrow().id()).isEqualTo("4dde05e8ca1973bcca9bffc13e1548820eee93a3");
        assertThat(launch.context().orElseThrow().title()).contains("Computer Science 101");
        assertThat(launch.resourceLink().id()).isEqualTo("f3e1a8c2-7d4b-4e6f-9a21-5b8c0d3e7f14");
        assertThat(launch.resourceLink().title()).contains("Week 3 Quiz");
        assertThat(launch.resourceLink().description()).isEmpty();
        GradeService grades = launch.details().gradeService().orElseThrow();
        assertThat(grades.lineItem()).contains(URI.create("https://example.instructure.com/api/lti/courses/5/line_items/2"));
        assertThat(grades.scopes()).contains("https://canvas.instructure.com/lti-ags/progress/scope/show");
        assertThat(grades.canPostScores()).isTrue();
        assertThat(launch.details().rosterService().orElseThrow().serviceVersions()).containsExactly("2.0");
        assertThat(launch.details().presentation().orElseThrow().inIframe()).isTrue();
        assertThat(launch.details().custom()).containsEntry("canvas_user_id", "2");
        assertThat(launch.details().platformInstance().orElseThrow().productFamilyCode()).contains("canvas");
    }

    @Test
    @DisplayName("a teacher's course-navigation launch gives an instructor, frame size, and no single line item")
    void teacherCourseNavigationLaunch() {
        Map<String, Object> claims = Fixtures.json(DIR + "05-teacher-id_token-claims.json");
        FixturePlatform canvas = canvasAt(claims);
        canvas.loginWasStartedFor("teacher-state", claims);

        LaunchResult result = canvas.launch(signed(claims), "teacher-state");

        ResourceLinkLaunch launch = (ResourceLinkLaunch) ((LaunchAccepted) result).launch();
        assertThat(launch.roles().isInstructor()).isTrue();
        assertThat(launch.roles().hasInstitutionRole("Instructor")).isTrue();
        assertThat(launch.roles().isLearner()).isFalse();
        assertThat(launch.details().presentation().orElseThrow().width()).hasValue(800);
        assertThat(launch.details().presentation().orElseThrow().height()).hasValue(600);
        assertThat(launch.details().gradeService().orElseThrow().lineItem()).isEmpty();
        assertThat(launch.details().gradeService().orElseThrow().lineItems()).isPresent();
        assertThat(launch.details().custom()).containsEntry("canvas_course_id", "5");
    }

    @Test
    @DisplayName("an editor-button deep-linking request gives its settings, including Canvas's comma-joined media types")
    void deepLinkingRequest() {
        Map<String, Object> claims = Fixtures.json(DIR + "06-deep-linking-id_token-claims.json");
        FixturePlatform canvas = canvasAt(claims);
        canvas.loginWasStartedFor("dl-state", claims);

        LaunchResult result = canvas.launch(signed(claims), "dl-state");

        DeepLinkingRequest request = (DeepLinkingRequest) ((LaunchAccepted) result).launch();
        assertThat(request.settings().acceptTypes()).containsExactly("link", "file", "html", "ltiResourceLink", "image");
        assertThat(request.settings().acceptPresentationTargets()).containsExactly("embed", "iframe", "window");
        assertThat(request.settings().acceptMediaTypes()).contains("image/*,text/html,application/vnd.ims.lti.v1.ltilink,*/*");
        assertThat(request.settings().returnUrl()).isEqualTo(
                URI.create("https://example.instructure.com/courses/5/deep_linking_response?modal=true&placement=editor_button"));
        assertThat(request.settings().acceptMultiple()).isTrue();
        assertThat(request.roles().isInstructor()).isTrue();
    }

    @Test
    @DisplayName("a Canvas token addressed to another developer key of the same Canvas does not complete this key's login")
    void sharedIssuerKeepsDeveloperKeysApart() {
        Map<String, Object> claims = Fixtures.json(DIR + "04-student-id_token-claims.json");
        FixturePlatform canvas = canvasAt(claims);
        canvas.loginWasStartedFor("state", claims);
        claims.put("aud", "10000000000099");
        claims.put("azp", "10000000000099");

        LaunchResult result = canvas.launch(signed(claims), "state");

        assertThat(((LaunchRefused) result).problem().code()).isEqualTo("login-platform-mismatch");
    }

    @Test
    @DisplayName("a Canvas claim set from the beta environment is refused by a production registration")
    void betaIssuerIsNotProduction() {
        Map<String, Object> claims = Fixtures.json(DIR + "04-student-id_token-claims.json");
        FixturePlatform canvas = canvasAt(claims);
        canvas.loginWasStartedFor("state", claims);
        claims.put("iss", CanvasEnvironment.BETA.issuer());

        LaunchResult result = canvas.launch(signed(claims), "state");

        assertThat(((LaunchRefused) result).problem().code()).isEqualTo("issuer-unknown");
    }
}
