package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading the auto-submitting forms of a launch, as a test playing the browser does")
class ReadingAutoSubmitFormsTest {

    @Test
    @DisplayName("reads a Moodle-style login initiation form with its entity-escaped message hint")
    void moodleLoginForm() {
        String html = "<form action=\"http://127.0.0.1:8801/login\" name=\"ltiInitiateLoginForm\" "
                + "id=\"ltiInitiateLoginForm\" method=\"post\" encType=\"application/x-www-form-urlencoded\">\n"
                + "  <input type=\"hidden\" name=\"iss\" value=\"http://127.0.0.1:8800\"/>\n"
                + "  <input type=\"hidden\" name=\"login_hint\" value=\"5\"/>\n"
                + "  <input type=\"hidden\" name=\"lti_message_hint\" "
                + "value=\"{&quot;cmid&quot;:1,&quot;launchid&quot;:&quot;ltilaunch1_868241811&quot;}\"/>\n"
                + "</form>\n<script type=\"text/javascript\">document.ltiInitiateLoginForm.submit();</script>";

        AutoSubmitForm form = AutoSubmitForm.parse(html).orElseThrow();

        assertThat(form.action()).isEqualTo(URI.create("http://127.0.0.1:8801/login"));
        assertThat(form.method()).isEqualTo("POST");
        assertThat(form.fields()).containsExactly(
                java.util.Map.entry("iss", "http://127.0.0.1:8800"),
                java.util.Map.entry("login_hint", "5"),
                java.util.Map.entry("lti_message_hint", "{\"cmid\":1,\"launchid\":\"ltilaunch1_868241811\"}"));
    }

    @Test
    @DisplayName("decodes named, decimal and hexadecimal character references, and quotes of either kind")
    void references() {
        String html = "<FORM METHOD='get' ACTION='http://localhost/x?a=1&amp;b=2'>"
                + "<input type=hidden name=a value=plain>"
                + "<input type='hidden' name='b' value='&lt;&#39;&#x27;&gt; &amp;amp; &unknown; &#65;'>"
                + "</FORM>";

        AutoSubmitForm form = AutoSubmitForm.parse(html).orElseThrow();

        assertThat(form.method()).isEqualTo("GET");
        assertThat(form.action()).isEqualTo(URI.create("http://localhost/x?a=1&b=2"));
        assertThat(form.fields()).containsEntry("a", "plain").containsEntry("b", "<''> &amp; &unknown; A");
    }

    @Test
    @DisplayName("round-trips what the platform's own pages escape")
    void roundTrip() {
        String value = "\"><script>alert('x')</script>&amp; é";
        String html = "<form method=\"post\" action=\"http://localhost:9080/lti/launch\"><input type=\"hidden\" "
                + "name=\"state\" value=\"" + Html.escape(value) + "\"></form>";

        assertThat(AutoSubmitForm.parse(html).orElseThrow().field("state")).contains(value);
        assertThat(AutoSubmitForm.parse(html).orElseThrow().formBody())
                .isEqualTo("state=%22%3E%3Cscript%3Ealert%28%27x%27%29%3C%2Fscript%3E%26amp%3B+%C3%A9");
    }

    @Test
    @DisplayName("finds nothing in a page without a form or with a form without an action")
    void noForm() {
        assertThat(AutoSubmitForm.parse("<html><body><p>No form here</p></body></html>")).isEmpty();
        assertThat(AutoSubmitForm.parse("<form method=\"post\"><input name=\"a\" value=\"b\"></form>")).isEmpty();
        assertThat(AutoSubmitForm.parse("<form action=\"http://exa mple/\"></form>")).isEmpty();
    }

    @Test
    @DisplayName("reads at most 200 fields and keeps the first of a repeated name")
    void bounded() {
        StringBuilder html = new StringBuilder("<form action=\"/x\" method=\"post\">");
        for (int i = 0; i < 300; i++) {
            html.append("<input type=\"hidden\" name=\"f").append(i).append("\" value=\"v\">");
        }
        html.append("<input name=\"f0\" value=\"later\"></form>");

        AutoSubmitForm form = AutoSubmitForm.parse(html.toString()).orElseThrow();

        assertThat(form.fields()).hasSize(200).containsEntry("f0", "v");
    }
}
