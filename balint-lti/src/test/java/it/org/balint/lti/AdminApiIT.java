package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@DisplayName("The admin API on Open Liberty")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminApiIT {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    private final Browser browser = new Browser();

    @BeforeAll
    static void toolIsUp() throws Exception {
        ToolOnLiberty.awaitReady(ToolOnLiberty.node1());
    }

    @Test
    @DisplayName("a bearer token that is not balint.admin.token is refused 401 with what to do; the configured one is let in")
    void onlyTheAdminToken() throws Exception {
        HttpResponse<String> wrong = browser.get(ToolOnLiberty.node1().resolve("/api/admin/platform-registrations"),
                "Authorization", "Bearer some-token-the-server-does-not-have");
        HttpResponse<String> right = browser.get(ToolOnLiberty.node1().resolve("/api/admin/platform-registrations"),
                "Authorization", "Bearer " + ToolOnLiberty.adminToken());

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(wrong.body()).contains("\"code\":\"admin-token-invalid\"", "balint.admin.token");
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
    }

    @Test
    @DisplayName("the key set is cacheable for less than the overlap window of a rotation")
    void jwksCacheable() throws Exception {
        HttpResponse<String> jwks = browser.get(ToolOnLiberty.node1().resolve("/lti/jwks"));

        assertThat(jwks.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=300"));
    }
}
