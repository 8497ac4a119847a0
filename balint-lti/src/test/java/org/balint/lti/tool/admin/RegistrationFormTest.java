package org.balint.lti.tool.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.store.RegistrationDetails;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Checking a registration sent to the admin API")
class RegistrationFormTest {

    private static RegistrationInput custom() {
        RegistrationInput in = new RegistrationInput();
        in.issuer = "https://lms.example.edu";
        in.clientId = "tool-1";
        in.authorizationUrl = "https://lms.example.edu/auth";
        in.tokenUrl = "https://lms.example.edu/token";
        in.jwksUrl = "https://lms.example.edu/jwks";
        in.deploymentIds = List.of("1");
        return in;
    }

    private static RegistrationDetails valid(RegistrationInput in) {
        RegistrationForm.Checked checked = RegistrationForm.check(in);
        assertThat(checked.problems()).isEmpty();
        return checked.details().orElseThrow();
    }

    private static List<String> problems(RegistrationInput in) {
        RegistrationForm.Checked checked = RegistrationForm.check(in);
        assertThat(checked.details()).isEmpty();
        return checked.problems();
    }

    @Test
    void derives_every_moodle_url_from_the_site_url() {
        RegistrationInput in = new RegistrationInput();
        in.preset = "moodle";
        in.siteUrl = "https://moodle.example.edu/";
        in.clientId = "2ABqdqmSjYFK1oP";
        in.deploymentIds = List.of("1", "4");

        RegistrationDetails details = valid(in);

        PlatformRegistration r = details.registration();
        assertThat(r.issuer()).isEqualTo("https://moodle.example.edu");
        assertThat(r.authorizationEndpoint()).isEqualTo(URI.create("https://moodle.example.edu/mod/lti/auth.php"));
        assertThat(r.tokenEndpoint()).isEqualTo(URI.create("https://moodle.example.edu/mod/lti/token.php"));
        assertThat(r.jwksUri()).isEqualTo(URI.create("https://moodle.example.edu/mod/lti/certs.php"));
        assertThat(r.deploymentIds()).containsExactlyInAnyOrder("1", "4");
        assertThat(details.preset()).isEqualTo("moodle");
        assertThat(details.label()).isEqualTo("Moodle at moodle.example.edu");
    }

    @Test
    void derives_the_canvas_urls_of_each_environment() {
        RegistrationInput in = new RegistrationInput();
        in.preset = "canvas";
        in.environment = "beta";
        in.clientId = "10000000000042";
        in.deploymentIds = List.of("12:8865aa05");
        in.label = "Canvas beta of the school";

        RegistrationDetails details = valid(in);

        PlatformRegistration r = details.registration();
        assertThat(r.issuer()).isEqualTo("https://canvas.beta.instructure.com");
        assertThat(r.authorizationEndpoint()).isEqualTo(URI.create("https://sso.beta.canvaslms.com/api/lti/authorize_redirect"));
        assertThat(r.jwksUri()).isEqualTo(URI.create("https://sso.beta.canvaslms.com/api/lti/security/jwks"));
        assertThat(r.tokenEndpoint()).isEqualTo(URI.create("https://sso.beta.canvaslms.com/login/oauth2/token"));
        assertThat(details.preset()).isEqualTo("canvas-beta");
        assertThat(details.label()).isEqualTo("Canvas beta of the school");
    }

    @Test
    void a_self_hosted_canvas_keeps_the_default_issuer_and_uses_its_own_host() {
        RegistrationInput in = new RegistrationInput();
        in.preset = "canvas-self-hosted";
        in.siteUrl = "https://canvas.school.example";
        in.clientId = "170000000000001";
        in.deploymentIds = List.of("1:abc");

        PlatformRegistration r = valid(in).registration();

        assertThat(r.issuer()).isEqualTo("https://canvas.instructure.com");
        assertThat(r.authorizationEndpoint()).isEqualTo(URI.create("https://canvas.school.example/api/lti/authorize_redirect"));
    }

    @Test
    void accepts_plain_http_only_for_a_platform_on_this_machine() {
        RegistrationInput local = custom();
        local.issuer = "http://127.0.0.1:9180";
        local.authorizationUrl = "http://localhost:9180/auth";
        assertThat(valid(local).issuer()).isEqualTo("http://127.0.0.1:9180");

        RegistrationInput remote = custom();
        remote.jwksUrl = "http://lms.example.edu/jwks";
        assertThat(problems(remote)).singleElement().asString().startsWith("jwksUrl must use https");
    }

    @Test
    void reports_every_problem_at_once() {
        RegistrationInput in = new RegistrationInput();
        in.issuer = "x".repeat(256);
        in.clientId = " padded";
        in.authorizationUrl = "/relative/auth";
        in.tokenUrl = "ftp://lms.example.edu/token";
        in.jwksUrl = "https://user:pw@lms.example.edu/jwks";
        in.deploymentIds = List.of("1", "1", "");

        assertThat(problems(in)).containsExactlyInAnyOrder(
                "clientId must not start or end with spaces or contain control characters.",
                "deploymentIds lists '1' twice.",
                "Each deployment id is required.",
                "issuer must be an absolute https URL with a host; it is '" + in.issuer + "'.",
                "authorizationUrl must be an absolute https URL with a host; it is '/relative/auth'.",
                "tokenUrl must be an absolute https URL with a host; it is 'ftp://lms.example.edu/token'.",
                "jwksUrl must not contain user info or a fragment (#); it is 'https://user:pw@lms.example.edu/jwks'.");
    }

    @Test
    void refuses_a_long_issuer_missing_fields_and_fields_a_preset_derives() {
        RegistrationInput longIssuer = custom();
        longIssuer.issuer = "https://lms.example.edu/" + "a".repeat(240);
        assertThat(problems(longIssuer)).containsExactly("issuer is longer than 255 characters.");

        assertThat(problems(new RegistrationInput())).contains("clientId is required.", "issuer is required.",
                "deploymentIds must list at least one deployment id.", "jwksUrl is required.");

        RegistrationInput mixed = new RegistrationInput();
        mixed.preset = "canvas";
        mixed.environment = "staging";
        mixed.clientId = "1";
        mixed.jwksUrl = "https://evil.example/jwks";
        mixed.deploymentIds = List.of("1");
        assertThat(problems(mixed)).containsExactlyInAnyOrder(
                "jwksUrl does not apply to the canvas preset, which derives it; leave it out.",
                "environment must be production, beta or test for the canvas preset; it is 'staging'.");

        RegistrationInput unknown = custom();
        unknown.preset = "blackboard";
        assertThat(problems(unknown)).containsExactly(
                "preset must be custom, moodle, canvas or canvas-self-hosted; it is 'blackboard'.");
    }
}
