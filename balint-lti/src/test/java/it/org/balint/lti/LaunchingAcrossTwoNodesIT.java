package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.DevPlatformConfig;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes of the tool sharing one database, both answering at node 1's address as behind a load
 * balancer: a launch may finish on another node than its login, and is still used only once.
 */
@DisplayName("Launching across two nodes of the tool that share the database")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LaunchingAcrossTwoNodesIT {

    private static DevPlatform platform;

    @ArquillianResource
    @OperateOnDeployment("node-1")
    private URL deployedOnNode1;

    @ArquillianResource
    @OperateOnDeployment("node-2")
    private URL deployedOnNode2;

    private URI node1;
    private URI node2;
    private final Browser browser = new Browser();

    /** Node 1 first: with Derby, it serves the database node 2 connects to. */
    @Deployment(name = "node-1", order = 1, testable = false)
    @TargetsContainer("node-1")
    static WebArchive onNode1() {
        return ToolArchive.packaged();
    }

    @Deployment(name = "node-2", order = 2, testable = false)
    @TargetsContainer("node-2")
    static WebArchive onNode2() {
        return ToolArchive.packaged();
    }

    @BeforeEach
    void startPlatform() throws Exception {
        node1 = ToolOnLiberty.base(deployedOnNode1);
        node2 = ToolOnLiberty.base(deployedOnNode2);
        if (platform == null) {
            platform = DevPlatform.start(DevPlatformConfig.forTool(node1).withPort(ToolOnLiberty.platformPort()));
            ToolOnLiberty.awaitReady(node1);
            ToolOnLiberty.awaitReady(node2);
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    /** The login initiation form the platform's launch button leads to (addressed to node 1). */
    private AutoSubmitForm loginInitiation(String button) throws Exception {
        HttpResponse<String> page = browser.post(platform.baseUrl().resolve("/launch"), button);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return AutoSubmitForm.parse(page.body()).orElseThrow();
    }

    /** Sends the login initiation to {@code node} and follows the platform's authorization to the id_token form. */
    private AutoSubmitForm loginOn(URI node, AutoSubmitForm initiation) throws Exception {
        HttpResponse<String> toAuth = browser.post(node.resolve("/lti/login"), initiation.formBody());
        HttpResponse<String> authPage = browser.get(Browser.loginTarget(toAuth));
        assertThat(authPage.statusCode()).as(authPage.body()).isEqualTo(200);
        return AutoSubmitForm.parse(authPage.body()).orElseThrow();
    }

    private HttpResponse<String> launchOn(URI node, AutoSubmitForm idTokenForm) throws Exception {
        return browser.post(node.resolve("/lti/launch"), idTokenForm.formBody());
    }

    @Test
    @DisplayName("a login started on node 1 is finished by a launch on node 2")
    void loginOnNode1LaunchOnNode2() throws Exception {
        AutoSubmitForm idToken = loginOn(node1, loginInitiation("as=1001&resource_link=301"));

        HttpResponse<String> page = launchOn(node2, idToken);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Set up this Balint group", "value=\"Mira Okafor\"");
    }

    @Test
    @DisplayName("a login started on node 2 is finished by a launch on node 1")
    void loginOnNode2LaunchOnNode1() throws Exception {
        AutoSubmitForm idToken = loginOn(node2, loginInitiation("as=1002&resource_link=302"));

        HttpResponse<String> page = launchOn(node1, idToken);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Your leader has not set up this group yet");
    }

    @Test
    @DisplayName("a launch finished on node 2 and replayed on node 1 is refused with 403 state-reused")
    void replayAcrossNodes() throws Exception {
        AutoSubmitForm idToken = loginOn(node1, loginInitiation("as=1002&resource_link=301"));
        String loginCookie = browser.setCookieHeaders().get(0).split(";", 2)[0];
        assertThat(launchOn(node2, idToken).statusCode()).isEqualTo(200);

        HttpResponse<String> replayed = browser.post(node1.resolve("/lti/launch"), idToken.formBody(), "Cookie", loginCookie);

        assertThat(replayed.statusCode()).isEqualTo(403);
        assertThat(replayed.body()).contains("<code>state-reused</code>").doesNotContain("Set up this Balint group", "has not set up");
    }

    @Test
    @DisplayName("an id_token used on node 2, brought to node 1 with a fresh login, is refused with 403 nonce-replayed")
    void nonceReplayAcrossNodes() throws Exception {
        AutoSubmitForm used = loginOn(node1, loginInitiation("as=1001&resource_link=301"));
        assertThat(launchOn(node2, used).statusCode()).isEqualTo(200);
        AutoSubmitForm fresh = loginOn(node1, loginInitiation("as=1001&resource_link=301"));

        HttpResponse<String> replayed = browser.post(node1.resolve("/lti/launch"),
                "id_token=" + URLEncoder.encode(used.field("id_token").orElseThrow(), StandardCharsets.UTF_8)
                        + "&state=" + URLEncoder.encode(fresh.field("state").orElseThrow(), StandardCharsets.UTF_8));

        assertThat(replayed.statusCode()).isEqualTo(403);
        assertThat(replayed.body()).contains("<code>nonce-replayed</code>").doesNotContain("Set up this Balint group", "has not set up");
        assertThat(launchOn(node2, fresh).statusCode()).as("the fresh login is still usable").isEqualTo(200);
    }

    @Test
    @DisplayName("both nodes report the shared database ready")
    void bothNodesReady() throws Exception {
        for (URI node : new URI[] {node1, node2}) {
            HttpResponse<String> ready = browser.get(node.resolve("/health/ready"));
            assertThat(ready.statusCode()).as(node + ": " + ready.body()).isEqualTo(200);
            assertThat(ready.body()).contains("\"name\":\"database\",\"status\":\"UP\"");
        }
    }
}
