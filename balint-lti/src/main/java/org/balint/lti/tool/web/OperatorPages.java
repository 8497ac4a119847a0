package org.balint.lti.tool.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balint.lti.protocol.keys.ToolKey;
import org.balint.lti.protocol.keys.ToolKeySet;

/**
 * The tool operator's page at {@code /admin}: a sign-in form asking for the admin token, and, once it
 * was accepted, the tool's keys with a "Rotate now" button. The token travels only in the bodies of
 * form posts (a password field, then a hidden field of the keys page), never in an address or a cookie;
 * the rotate button also carries a one-time value, so pressing it twice rotates once.
 */
final class OperatorPages {

    /** The form field of the admin token. */
    static final String TOKEN_FIELD = "admin_token";
    /** The form field of the rotate button's one-time value. */
    static final String ONCE_FIELD = "once";
    /** Where the sign-in form posts, below the application's base path. */
    static final String SIGN_IN_ACTION = "admin";
    /** Where the rotate button posts. */
    static final String ROTATE_ACTION = "admin/rotation";

    private OperatorPages() {
    }

    /** The sign-in form, with the reason the last token was refused, if it was. */
    static String signIn(String basePath, Optional<Problem> refused) {
        String error = refused.map(p -> "<p class=\"error\" id=\"e-" + TOKEN_FIELD + "\">" + Html.escape(p.message())
                + " <span class=\"reason\">(<code>" + Html.escape(p.code()) + "</code>)</span></p>").orElse("");
        return Html.page("Balint: tool operator", "<h1>Tool operator</h1>\n"
                + "<p>This page is for the person who runs this Balint tool for every platform that uses it. An LMS "
                + "administrator manages their own platform from Balint in their LMS instead.</p>\n"
                + (refused.isPresent() ? "<div class=\"errors\" role=\"alert\"><h2>Not signed in</h2><p>"
                        + Html.escape(refused.get().message()) + "</p></div>\n" : "")
                + "<form method=\"post\" action=\"" + Html.escape(basePath + SIGN_IN_ACTION) + "\">\n"
                + "<div class=\"field\"><label for=\"f-" + TOKEN_FIELD + "\">Admin token</label>"
                + "<p class=\"hint\" id=\"h-" + TOKEN_FIELD + "\">The value of the server variable balint.admin.token. "
                + "It is sent only with this form, never kept in the browser.</p>" + error
                + "<input type=\"password\" id=\"f-" + TOKEN_FIELD + "\" name=\"" + TOKEN_FIELD + "\" autocomplete=\"off\" "
                + "required aria-describedby=\"h-" + TOKEN_FIELD + (refused.isPresent() ? " e-" + TOKEN_FIELD
                        + "\" aria-invalid=\"true\"" : "\"") + "></div>\n"
                + "<button type=\"submit\">Sign in</button>\n</form>");
    }

    /**
     * The keys page: the key that signs, the retired keys still published, when the next rotation is due,
     * and the rotate button.
     *
     * @param token          the accepted admin token, posted again by the rotate button
     * @param once           the rotate button's one-time value
     * @param rotationPeriod how long a key signs before it is replaced on schedule
     * @param notice         what the last action did
     */
    static String keys(String basePath, ToolKeySet keys, Instant now, Duration rotationPeriod, URI keySetUrl,
            String token, String once, Optional<String> notice) {
        ToolKey active = keys.active();
        List<String> rows = new ArrayList<>();
        rows.add(key(active, now, "Signs now"));
        keys.retired().forEach(k -> rows.add(key(k, now, "Retired " + k.retiredAt().map(AdminTexts::when).orElse("")
                + "; published until " + k.expiresAt().map(AdminTexts::when).orElse(""))));
        Instant next = active.createdAt().plus(rotationPeriod);
        return Html.page("Balint: tool keys", "<h1>Tool keys</h1>\n"
                + notice.map(n -> "<p role=\"status\"><strong>" + Html.escape(n) + "</strong></p>\n").orElse("")
                + "<p>The tool signs what it sends to every platform with the key below. Every platform fetches the "
                + "public keys from <a href=\"" + Html.escape(keySetUrl.toString()) + "\"" + AdminTexts.WRAP + ">"
                + Html.escape(keySetUrl.toString()) + "</a>, so a rotation needs nothing from the LMS administrators: "
                + "the new key signs at once, and the previous one stays published for an hour so that what it "
                + "signed still verifies.</p>\n"
                + "<h2>Keys</h2>\n" + String.join("\n", rows) + "\n"
                + "<h2>Rotation</h2>\n<p>The key is replaced every " + Html.escape(AdminTexts.duration(rotationPeriod))
                + " (server variable balint.keys.rotation-period): next on " + Html.escape(AdminTexts.when(next))
                + (next.isAfter(now) ? "" : ", within the hour") + ". Rotate now if the private key may have been "
                + "exposed.</p>\n"
                + "<form method=\"post\" action=\"" + Html.escape(basePath + ROTATE_ACTION) + "\">\n"
                + "<input type=\"hidden\" name=\"" + TOKEN_FIELD + "\" value=\"" + Html.escape(token) + "\">\n"
                + "<input type=\"hidden\" name=\"" + ONCE_FIELD + "\" value=\"" + Html.escape(once) + "\">\n"
                + "<button type=\"submit\">Rotate now</button>\n</form>\n"
                + "<p class=\"hint\">Close this page when you are done: the token is in no cookie and no address, "
                + "only in this page.</p>");
    }

    private static String key(ToolKey key, Instant now, String status) {
        Duration age = Duration.between(key.createdAt(), now);
        return "<section aria-label=\"Key " + Html.escape(key.kid()) + "\">"
                + "<dl><dt>Key id (kid)</dt><dd><code" + AdminTexts.WRAP + ">" + Html.escape(key.kid()) + "</code></dd>"
                + "<dt>Status</dt><dd>" + Html.escape(status) + "</dd>"
                + "<dt>Created</dt><dd>" + Html.escape(AdminTexts.when(key.createdAt())) + "</dd>"
                + "<dt>Age</dt><dd>" + Html.escape(AdminTexts.duration(age.isNegative() ? Duration.ZERO : age))
                + "</dd></dl></section>";
    }
}
