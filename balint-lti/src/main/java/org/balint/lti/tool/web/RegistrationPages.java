package org.balint.lti.tool.web;

import java.util.Optional;
import java.util.TreeSet;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.registration.PlatformConfiguration;
import org.balint.lti.protocol.registration.RegisteredTool;
import org.balint.lti.tool.registration.RegistrationOutcome;

/**
 * The pages of the registration start URL: what was registered, or why nothing was. Both end with a
 * button that tells the platform the tool is done ({@code org.imsglobal.lti.close} to the window's
 * opener or the frame's parent, LTI Dynamic Registration 1.0 section 3.7); the registered page also
 * sends it by itself a moment after it loads, so the platform closes its dialog and shows the tool.
 * Every text from the platform is escaped.
 */
final class RegistrationPages {

    /** How long the registered page stays before it asks the platform to close it, in milliseconds. */
    static final int CLOSE_AFTER_MILLIS = 4000;

    /** The tool's one script on these pages: posts the close message on request, or after the delay. */
    static final String CLOSE_SCRIPT = "(function () {\n"
            + "  function close() {\n"
            + "    var target = window.opener || window.parent;\n"
            + "    if (target && target !== window) {\n"
            + "      target.postMessage({subject: 'org.imsglobal.lti.close'}, '*');\n"
            + "    } else {\n"
            + "      window.close();\n"
            + "    }\n"
            + "  }\n"
            + "  var button = document.getElementById('close');\n"
            + "  if (button) { button.addEventListener('click', close); }\n"
            + "  if (document.body.getAttribute('data-close-after')) {\n"
            + "    setTimeout(close, parseInt(document.body.getAttribute('data-close-after'), 10));\n"
            + "  }\n"
            + "})();";

    private RegistrationPages() {
    }

    /** The page after a registration the tool stored. */
    static String registered(RegistrationOutcome.Registered outcome, String nonce) {
        RegisteredTool tool = outcome.tool();
        PlatformConfiguration platform = tool.platform();
        PlatformRegistration kept = outcome.stored().registration();
        StringBuilder body = new StringBuilder();
        body.append("<h1>Balint groups is registered</h1>\n<p>")
                .append(outcome.alreadyKnown()
                        ? "The tool already knew this platform and client; it updated the registration (number "
                        : "The platform registered the tool, and the tool keeps the registration (number ")
                .append(outcome.stored().id()).append(", marked <code>")
                .append(Html.escape(outcome.stored().details().preset()))
                .append("</code> in the admin API).</p>\n<table>\n");
        row(body, "Platform", platform.productFamilyCode());
        row(body, "Issuer", kept.issuer());
        row(body, "Client ID", kept.clientId());
        row(body, "Deployment ID", tool.deploymentId());
        row(body, "Deployments accepted", String.join(", ", new TreeSet<>(kept.deploymentIds())));
        row(body, "Authorization endpoint", kept.authorizationEndpoint().toString());
        row(body, "Token endpoint", kept.tokenEndpoint().toString());
        row(body, "Platform key set", kept.jwksUri().toString());
        row(body, "Services granted", tool.scopes().isEmpty() ? "none named by the platform"
                : String.join(" ", new TreeSet<>(tool.scopes())));
        body.append("</table>\n<p>Teachers can now add <q>Balint groups</q> to their courses. This window closes by "
                + "itself; if it does not, press the button.</p>\n"
                + "<p><button id=\"close\" type=\"button\">Done</button></p>");
        String html = Html.pageWithScript("Balint: registered", body.toString(), nonce, CLOSE_SCRIPT);
        return html.replaceFirst("<body>", "<body data-close-after=\"" + CLOSE_AFTER_MILLIS + "\">");
    }

    /** The page of a refused registration: the reason, what to do, and a button to close it. */
    static String refused(Problem problem, String nonce) {
        String body = "<h1>Balint groups was not registered</h1>\n<p>" + Html.escape(problem.message()) + "</p>\n"
                + "<p class=\"reason\">Reason: <code>" + Html.escape(problem.code()) + "</code> (HTTP "
                + problem.status() + ")</p>\n<p><button id=\"close\" type=\"button\">Close</button></p>";
        return Html.pageWithScript("Balint: registration refused", body, nonce, CLOSE_SCRIPT);
    }

    private static void row(StringBuilder body, String name, String value) {
        body.append("<tr><th>").append(Html.escape(name)).append("</th><td>")
                .append(Html.escape(Optional.ofNullable(value).orElse(""))).append("</td></tr>\n");
    }
}
