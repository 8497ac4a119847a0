package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Configuring the platform, in code and on the command line")
class ConfiguringThePlatformTest {

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    @Test
    @DisplayName("the defaults describe the local Balint tool on localhost:9080 and any free port")
    void defaults() {
        DevPlatformConfig config = DevPlatformConfig.defaults();

        assertThat(config.port()).isZero();
        assertThat(config.toolLoginUrl()).isEqualTo(URI.create("http://localhost:9080/lti/login"));
        assertThat(config.redirectUris()).containsExactly(URI.create("http://localhost:9080/lti/launch"));
        assertThat(config.targetLinkUri()).isEqualTo(URI.create("http://localhost:9080/lti/launch"));
        assertThat(config.deepLinkUrl()).isEqualTo(URI.create("http://localhost:9080/lti/launch"));
        assertThat(config.toolJwksUrl()).isEqualTo(URI.create("http://localhost:9080/lti/jwks"));
        assertThat(config.clientId()).isEqualTo("balint-dev-tool");
        assertThat(config.deploymentId()).isEqualTo("1");
        assertThat(config.issuer()).isEmpty();
        assertThat(config.keyFile()).isEmpty();
        assertThat(config.idTokenLifetime()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.roster()).isEqualTo(Roster.seeded());
        assertThat(config.problems()).isEmpty();
    }

    @Test
    @DisplayName("the seeded roster has a leader, several members, a teaching assistant and an administrator")
    void seededRoster() {
        Roster roster = Roster.seeded();

        assertThat(roster.problems()).isEmpty();
        assertThat(roster.firstWith(Role.INSTRUCTOR).map(Person::name)).contains("Mira Okafor");
        assertThat(roster.people().stream().filter(p -> p.role() == Role.LEARNER)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(roster.firstWith(Role.TEACHING_ASSISTANT)).isPresent();
        assertThat(roster.firstWith(Role.ADMINISTRATOR)).isPresent();
        assertThat(roster.people()).anyMatch(p -> p.email().isEmpty());
        assertThat(roster.courses()).hasSize(2);
        assertThat(roster.courseOf("303").map(Course::id)).contains("202");
    }

    @Test
    @DisplayName("tool addresses off this machine are refused, every one of them listed")
    void loopbackOnly() {
        DevPlatformConfig config = DevPlatformConfig.forTool(URI.create("https://tool.example.com"));

        assertThat(codes(config.problems())).containsExactly("tool-login-url-not-loopback",
                "redirect-uri-not-loopback", "target-link-uri-not-loopback", "deep-link-url-not-loopback",
                "tool-jwks-url-not-loopback", "tool-registration-url-not-loopback");
        assertThatThrownBy(() -> DevPlatform.start(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tool-login-url-not-loopback").hasMessageContaining("tool-jwks-url-not-loopback");
    }

    @Test
    @DisplayName("unusable values are all reported together")
    void unusableValues() {
        DevPlatformConfig config = DevPlatformConfig.forTool(URI.create("http://127.0.0.1:9080"))
                .withPort(70_000)
                .withClientId("has space")
                .withDeploymentId("")
                .withRedirectUris(List.of())
                .withTargetLinkUri(URI.create("ftp://localhost/launch"))
                .withDeepLinkUrl(URI.create("/relative"))
                .withIssuer(URI.create("https://lms.example.edu/?x=1"))
                .withIdTokenLifetime(Duration.ZERO)
                .withMessageHintLifetime(Duration.ofDays(2))
                .withJwksMaxAge(Duration.ofSeconds(-1))
                .withCustom(Map.of(" ", "x"));

        assertThat(codes(config.problems())).containsExactlyInAnyOrder("port-out-of-range", "issuer-invalid",
                "client-id-invalid", "deployment-id-invalid", "redirect-uris-missing", "target-link-uri-invalid",
                "deep-link-url-invalid", "id-token-lifetime-invalid", "message-hint-lifetime-invalid",
                "jwks-max-age-invalid", "custom-parameter-name-blank");
        assertThat(config.problems()).allSatisfy(problem -> assertThat(problem.message()).endsWith("."));
    }

    @Test
    @DisplayName("a roster with repeated ids or nothing to launch is refused")
    void brokenRoster() {
        Person leader = Person.of("1", "Ada", "Leader", "ada@example.org", Role.INSTRUCTOR);
        Roster repeated = new Roster(List.of(leader, leader),
                List.of(new Course("c", "C", "Course", List.of(ResourceLink.of("l", "Link", ""))),
                        new Course("c", "C", "Again", List.of(ResourceLink.of("l", "Link", ""))),
                        new Course("d", "D", "Empty", List.of())));
        assertThat(codes(repeated.problems())).containsExactlyInAnyOrder("person-id-repeated", "course-id-repeated",
                "resource-link-id-repeated", "course-without-resource-links");

        Roster empty = new Roster(List.of(), List.of());
        assertThat(codes(empty.problems())).containsExactly("roster-without-people", "roster-without-courses");

        Roster blank = new Roster(List.of(new Person("with space", " ", "X", Optional.empty(), Role.LEARNER)),
                List.of(new Course("c", "C", "Course", List.of(ResourceLink.of("l", "Link", "")))));
        assertThat(codes(blank.problems())).containsExactlyInAnyOrder("person-id-invalid", "given-name-invalid");
    }

    @Test
    @DisplayName("the program listens on 9180 for the local Balint tool unless told otherwise")
    void commandLineDefaults() {
        CommandLine.Parsed parsed = CommandLine.parse(new String[0], new Properties());

        assertThat(parsed).isInstanceOf(CommandLine.Run.class);
        DevPlatformConfig config = ((CommandLine.Run) parsed).config();
        assertThat(config.port()).isEqualTo(9180);
        assertThat(config.toolLoginUrl()).isEqualTo(URI.create("http://localhost:9080/lti/login"));
    }

    @Test
    @DisplayName("arguments set the port and every tool URL; a launch URL is also the redirect URI and target")
    void commandLineArguments() {
        CommandLine.Parsed parsed = CommandLine.parse(new String[] {"--port", "0", "--tool", "http://localhost:8081",
                "--launch-url=http://localhost:8081/launch", "--deep-link-url", "http://localhost:8081/pick",
                "--client-id", "abc", "--deployment-id", "7", "--issuer", "https://moodle.example.edu",
                "--key-file", "target/dev-platform-key.json", "--id-token-seconds", "60"}, new Properties());

        DevPlatformConfig config = ((CommandLine.Run) parsed).config();
        assertThat(config.port()).isZero();
        assertThat(config.toolLoginUrl()).isEqualTo(URI.create("http://localhost:8081/lti/login"));
        assertThat(config.redirectUris()).containsExactly(URI.create("http://localhost:8081/launch"));
        assertThat(config.targetLinkUri()).isEqualTo(URI.create("http://localhost:8081/launch"));
        assertThat(config.deepLinkUrl()).isEqualTo(URI.create("http://localhost:8081/pick"));
        assertThat(config.toolJwksUrl()).isEqualTo(URI.create("http://localhost:8081/lti/jwks"));
        assertThat(config.clientId()).isEqualTo("abc");
        assertThat(config.deploymentId()).isEqualTo("7");
        assertThat(config.issuer()).contains(URI.create("https://moodle.example.edu"));
        assertThat(config.keyFile()).contains(Path.of("target/dev-platform-key.json"));
        assertThat(config.idTokenLifetime()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    @DisplayName("system properties configure the program too, and arguments win over them")
    void systemProperties() {
        Properties properties = new Properties();
        properties.setProperty("devplatform.port", "9999");
        properties.setProperty("devplatform.login-url", "http://localhost:9080/login");
        properties.setProperty("devplatform.redirect-uris", "http://localhost:9080/a, http://localhost:9080/b");

        DevPlatformConfig config = ((CommandLine.Run) CommandLine.parse(new String[] {"--port", "9998"}, properties))
                .config();

        assertThat(config.port()).isEqualTo(9998);
        assertThat(config.toolLoginUrl()).isEqualTo(URI.create("http://localhost:9080/login"));
        assertThat(config.redirectUris()).containsExactly(URI.create("http://localhost:9080/a"),
                URI.create("http://localhost:9080/b"));
    }

    @Test
    @DisplayName("unknown options, missing values and bad values are all reported; --help asks for the usage")
    void commandLineMistakes() {
        CommandLine.Parsed parsed = CommandLine.parse(new String[] {"--prot", "1", "--port", "x", "--tool",
                "http://tool.example.com", "--client-id"}, new Properties());

        assertThat(parsed).isInstanceOf(CommandLine.Wrong.class);
        assertThat(codes(((CommandLine.Wrong) parsed).violations())).contains("option-unknown", "port-not-a-number",
                "option-value-missing", "tool-login-url-not-loopback");
        assertThat(CommandLine.parse(new String[] {"--help"}, new Properties())).isInstanceOf(CommandLine.Help.class);
        assertThat(CommandLine.USAGE).contains("--port", "--tool", "--key-file", "devplatform.");
    }

    @Test
    @DisplayName("the program's start-up summary names everything a tool registration needs")
    void summary() throws Exception {
        try (DevPlatform platform = DevPlatform.start(DevPlatformConfig.defaults())) {
            assertThat(platform.summary()).contains(platform.homePage().toString(), platform.issuer().toString(),
                    "balint-dev-tool", platform.authorizationEndpoint().toString(), platform.jwksUri().toString(),
                    platform.keyId(), "http://localhost:9080/lti/login", "http://localhost:9080/lti/launch");
        }
    }

    @Test
    @DisplayName("the summary sends the browser to the platform on the tool's host name, so the tool's login cookie works in the frame")
    void summaryUsesTheToolsHostName() throws Exception {
        try (DevPlatform platform = DevPlatform.start(DevPlatformConfig.defaults())) {
            assertThat(platform.summary()).contains("Open http://localhost:" + platform.homePage().getPort() + "/ to launch.");
        }
    }
}
