package org.balint.lti.protocol.deeplinking;

import java.net.URI;
import java.util.Objects;

/**
 * A signed deep-linking response, ready to go back to the platform.
 *
 * @param returnUrl the platform's {@code deep_link_return_url}
 * @param jwt       the signed {@code LtiDeepLinkingResponse}, posted as form field {@code JWT}
 */
public record DeepLinkingReply(URI returnUrl, String jwt) {

    /** Validates the arguments. */
    public DeepLinkingReply {
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(jwt, "jwt");
    }

    /**
     * An HTML page that posts the JWT to the return URL as soon as it loads, with a button for
     * browsers without scripts. The inline script carries {@code scriptNonce}, so the page can be
     * served with {@code Content-Security-Policy: script-src 'nonce-<scriptNonce>'} (and a
     * {@code form-action} that allows the return URL).
     *
     * @param scriptNonce a fresh random value, base64 or hex, used once
     */
    public String autoSubmitForm(String scriptNonce) {
        Objects.requireNonNull(scriptNonce, "scriptNonce");
        if (!scriptNonce.matches("[A-Za-z0-9+/=_-]{16,}")) {
            throw new IllegalArgumentException("The script nonce must be at least 16 base64 characters");
        }
        return "<!DOCTYPE html>\n"
                + "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Returning to the course</title>\n</head>\n"
                + "<body>\n"
                + "<form id=\"deep-linking-response\" method=\"post\" action=\"" + escape(returnUrl.toString()) + "\">\n"
                + "<input type=\"hidden\" name=\"JWT\" value=\"" + escape(jwt) + "\">\n"
                + "<p>Returning to the course…</p>\n"
                + "<noscript><button type=\"submit\">Continue</button></noscript>\n"
                + "</form>\n"
                + "<script nonce=\"" + scriptNonce + "\">document.getElementById('deep-linking-response').submit();</script>\n"
                + "</body>\n</html>\n";
    }

    /** Escapes text for an HTML attribute or element. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
