package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The platform-storage pages of login and launch")
class PlatformStoragePagesTest {

    private static final URI AUTH = URI.create("https://sso.lms.example.edu/api/lti/authorize_redirect?x=1&y='2'");

    private static String dataBlock(String page) {
        Matcher block = Pattern.compile("<script id=\"lti-storage\" type=\"application/json\">([^<]*)</script>")
                .matcher(page);
        assertThat(block.find()).as(page).isTrue();
        return block.group(1);
    }

    @Test
    @DisplayName("the login page stores the binding under the state's key, for the authorization endpoint's origin only")
    void loginPage() {
        String page = PlatformStorage.loginPage("n0nce+/=", "post_message_forwarding", AUTH, "st4te", "s3cret");

        assertThat(dataBlock(page)).isEqualTo("{\"mode\":\"login\",\"target\":\"post_message_forwarding\","
                + "\"origin\":\"https://sso.lms.example.edu\",\"key\":\"balint-lti-login-st4te\",\"value\":\"s3cret\","
                + "\"next\":\"https://sso.lms.example.edu/api/lti/authorize_redirect?x=1\\u0026y=\\u00272\\u0027\"}");
        assertThat(page).contains("<script nonce=\"n0nce+/=\">", "'lti.capabilities'", "'lti.put_data'",
                "<a id=\"continue\" href=\"https://sso.lms.example.edu/api/lti/authorize_redirect?x=1&amp;y=&#39;2&#39;\">")
                .doesNotContain(" onload=", " onclick=", "javascript:");
    }

    @Test
    @DisplayName("the launch page carries the platform's id_token and state escaped, and never the binding")
    void launchPage() {
        String page = PlatformStorage.launchPage("abc", "_parent", AUTH, "st4te", "a.b\"><script>alert(1)</script>");

        assertThat(dataBlock(page)).isEqualTo("{\"mode\":\"launch\",\"target\":\"_parent\","
                + "\"origin\":\"https://sso.lms.example.edu\",\"key\":\"balint-lti-login-st4te\"}");
        assertThat(page).contains("<form id=\"launch\" method=\"post\" action=\"/lti/launch/platform-storage\">",
                "name=\"id_token\" value=\"a.b&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"",
                "name=\"state\" value=\"st4te\"", "name=\"browser_binding\" value=\"\"", "'lti.get_data'")
                .doesNotContain("<script>alert");
    }

    @Test
    @DisplayName("a storage frame name is _parent or a plain frame name; anything else means no platform storage")
    void storageTargets() {
        assertThat(PlatformStorage.target(Optional.of("_parent"))).hasValue("_parent");
        assertThat(PlatformStorage.target(Optional.of(" post_message_forwarding "))).hasValue("post_message_forwarding");
        assertThat(PlatformStorage.target(Optional.of("\"><script>"))).isEmpty();
        assertThat(PlatformStorage.target(Optional.of("a".repeat(65)))).isEmpty();
        assertThat(PlatformStorage.target(Optional.of("  "))).isEmpty();
        assertThat(PlatformStorage.target(Optional.empty())).isEmpty();
    }

    @Test
    @DisplayName("origins are written as browsers write them: lower case, without a default port")
    void origins() {
        assertThat(PlatformStorage.origin(URI.create("HTTPS://SSO.Example.EDU:443/auth"))).isEqualTo("https://sso.example.edu");
        assertThat(PlatformStorage.origin(URI.create("http://localhost:9180/auth"))).isEqualTo("http://localhost:9180");
        assertThat(PlatformStorage.origin(URI.create("http://127.0.0.1:80/"))).isEqualTo("http://127.0.0.1");
    }

    @Test
    @DisplayName("JSON strings in the data block cannot end the script element or break out of the string")
    void jsonEscaping() {
        assertThat(PlatformStorage.json("</script><!-- \"quoted\" \\ 'single' & \u2028 \n"))
                .isEqualTo("\"\\u003c/script\\u003e\\u003c!-- \\\"quoted\\\" \\\\ \\u0027single\\u0027 \\u0026 \\u2028 \\u000a\"");
    }

    @Test
    @DisplayName("a scripted page refuses a data block that could end its element")
    void scriptedPageGuard() {
        assertThatThrownBy(() -> Html.scriptedPage("t", "", "n", "{\"a\":\"</script>\"}", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("requests the runtime refuses get a reason code and a sentence: wrong method, content type, address")
    void runtimeRefusals() {
        assertThat(RequestRefusals.problem(405).code()).isEqualTo("method-not-allowed");
        assertThat(RequestRefusals.problem(415).code()).isEqualTo("content-type-unsupported");
        assertThat(RequestRefusals.problem(404).code()).isEqualTo("not-found");
        assertThat(RequestRefusals.problem(406).code()).isEqualTo("not-acceptable");
        assertThat(RequestRefusals.problem(413)).isEqualTo(new Problem("request-invalid", 413,
                "The tool cannot read this request. Open the activity from the course page."));
    }
}
