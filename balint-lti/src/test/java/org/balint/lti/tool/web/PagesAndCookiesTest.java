package org.balint.lti.tool.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.launch.Welcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tool's pages and login cookies")
class PagesAndCookiesTest {

    private static final Instant NOW = Instant.parse("2027-03-02T18:00:00Z");

    @Test
    @DisplayName("the welcome names the leader, the group and the course, with every platform text escaped")
    void welcomeEscapes() {
        String page = Pages.welcome(new Welcome(Optional.of("<b>Mira</b> & co"), Optional.of(BalintRole.LEADER),
                List.of(BalintRole.LEADER, BalintRole.ADMIN), Optional.of("Tuesdays \"late\""),
                Optional.of("<script>x()</script>")));

        assertThat(page).contains("Welcome, &lt;b&gt;Mira&lt;/b&gt; &amp; co",
                "You lead <q>Tuesdays &quot;late&quot;</q> in <q>&lt;script&gt;x()&lt;/script&gt;</q> as its group leader.",
                "Your roles here: group leader, administrator.");
        assertThat(page).doesNotContain("<script", "<b>");
    }

    @Test
    @DisplayName("a member without a course title is welcomed to this Balint group; an anonymous one as 'there'")
    void memberWithoutTitles() {
        String page = Pages.welcome(new Welcome(Optional.empty(), Optional.of(BalintRole.MEMBER),
                List.of(BalintRole.MEMBER), Optional.empty(), Optional.empty()));

        assertThat(page).contains("Welcome, there", "You take part in this Balint group as a group member.");
    }

    @Test
    @DisplayName("a refusal page shows the sentence, the reason code and the status")
    void refusalPage() {
        String page = Pages.refusal("This launch was refused",
                new Problem("state-reused", 403, "Start a new launch from the course page <now>."));

        assertThat(page).contains("<h1>This launch was refused</h1>",
                "Start a new launch from the course page &lt;now&gt;.", "<code>state-reused</code> (HTTP 403)");
    }

    @Test
    @DisplayName("over https the binding cookie is SameSite=None and Secure, so it survives the LMS frame")
    void secureCookie() {
        assertThat(BrowserBinding.issue("st4te", "s3cret", NOW.plusSeconds(300), NOW, true))
                .isEqualTo("balint-lti-login-st4te=s3cret; Path=/lti; Max-Age=300; HttpOnly; Secure; SameSite=None");
    }

    @Test
    @DisplayName("over plain http the binding cookie is HttpOnly and SameSite=Lax, without Secure")
    void plainCookie() {
        assertThat(BrowserBinding.issue("st4te", "s3cret", NOW.plusSeconds(299), NOW, false))
                .isEqualTo("balint-lti-login-st4te=s3cret; Path=/lti; Max-Age=299; HttpOnly; SameSite=Lax");
        assertThat(BrowserBinding.clear("st4te", false))
                .isEqualTo("balint-lti-login-st4te=; Path=/lti; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    @Test
    @DisplayName("the launch finds the secret in the cookie named after its state, and only there")
    void readingTheBinding() {
        Map<String, String> cookies = Map.of("balint-lti-login-abc_DEF-1", "one", "balint-lti-login-other", "two",
                "balint-lti-login-a;b=c", "three");
        Function<String, Optional<String>> sent = name -> Optional.ofNullable(cookies.get(name));

        assertThat(BrowserBinding.read(sent, Optional.of("abc_DEF-1"))).hasValue("one");
        assertThat(BrowserBinding.read(sent, Optional.of("unknown"))).isEmpty();
        assertThat(BrowserBinding.read(sent, Optional.of("a;b=c"))).isEmpty();
        assertThat(BrowserBinding.read(sent, Optional.empty())).isEmpty();
    }
}
