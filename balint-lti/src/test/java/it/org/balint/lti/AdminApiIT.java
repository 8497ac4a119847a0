package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The admin API on Open Liberty")
class AdminApiIT {

    private final Browser browser = new Browser();

    @BeforeAll
    static void toolIsUp() throws Exception {
        ToolOnLiberty.awaitReady();
    }

    @Test
    @DisplayName("without balint.admin.token the admin API is switched off and says how to switch it on")
    void switchedOffWithoutToken() throws Exception {
        HttpResponse<String> answer = browser.get(ToolOnLiberty.base().resolve("/api/admin/platform-registrations"),
                "Authorization", "Bearer some-token-the-server-does-not-have");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(answer.body()).contains("\"code\":\"admin-api-disabled\"", "balint.admin.token");
    }

    @Test
    @DisplayName("the key set is cacheable for less than the overlap window of a rotation")
    void jwksCacheable() throws Exception {
        HttpResponse<String> jwks = browser.get(ToolOnLiberty.base().resolve("/lti/jwks"));

        assertThat(jwks.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=300"));
    }
}
