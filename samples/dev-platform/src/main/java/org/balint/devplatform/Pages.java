package org.balint.devplatform;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's HTML pages: the home page with its launch buttons, the auto-submitting forms that
 * carry a launch to the tool, the page the tool returns to, and error pages. Plain server-rendered
 * HTML with inline style and script admitted by a per-response nonce; every value from the
 * configuration, the roster or a request is escaped.
 */
final class Pages {

    private static final String STYLE = String.join("",
            "*,*::before,*::after{box-sizing:border-box}",
            "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d1d1f;",
            "background:#f6f7f9}",
            "header,main{max-width:72rem;margin:0 auto;padding:0 1rem}",
            "header{padding-top:1rem}",
            "h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1rem 0 .5rem}",
            "a{color:#0b4f8a}",
            ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}",
            ".field{display:flex;flex-direction:column;gap:.25rem;margin:.5rem 0}",
            "select{font:inherit;min-height:44px;max-width:100%;padding:.25rem}",
            ".actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:.75rem 0}",
            "button{font:inherit;min-height:44px;padding:.5rem 1rem;border-radius:.4rem;border:2px solid #0b4f8a;",
            "background:#0b4f8a;color:#fff;cursor:pointer}",
            "button.secondary{background:#fff;color:#0b4f8a}",
            ".button-link{display:inline-flex;align-items:center;min-height:44px;padding:.5rem 1rem;",
            "border-radius:.4rem;border:2px solid #0b4f8a;color:#0b4f8a;background:#fff;text-decoration:none}",
            "table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #b8bcc4;padding:.25rem .5rem;",
            "text-align:left;vertical-align:top}",
            ":focus-visible{outline:3px solid #c05a00;outline-offset:2px}",
            "fieldset{border:1px solid #b8bcc4;border-radius:.4rem;margin:.75rem 0;padding:.5rem 1rem}",
            "fieldset label{display:flex;gap:.5rem;align-items:center;min-height:44px}",
            "input[type=radio],input[type=checkbox]{width:1.25rem;height:1.25rem;flex:none}",
            "details{margin:.75rem 0}summary{cursor:pointer;min-height:44px;display:flex;align-items:center}",
            "iframe{display:block;width:100%;height:75vh;min-height:24rem;border:1px solid #b8bcc4;",
            "border-radius:.4rem;background:#fff}",
            "dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;overflow-wrap:anywhere}",
            "dt{font-weight:600}dd{margin:0}",
            ".who{font-size:.9rem;color:#4a4f57}button .who{color:inherit}",
            ".problems li{margin:.5rem 0}code{overflow-wrap:anywhere}",
            "@media (max-width:40rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}");

    private final DevPlatformConfig config;
    private final URI issuer;
    private final PlatformUrls urls;
    private final List<String> toolOrigins;
    private final Catalog catalog;

    Pages(DevPlatformConfig config, URI issuer, PlatformUrls urls, List<String> toolOrigins, Catalog catalog) {
        this.config = config;
        this.catalog = catalog;
        this.issuer = issuer;
        this.urls = urls;
        this.toolOrigins = List.copyOf(toolOrigins);
    }

    /** The Content-Security-Policy for a page rendered with the given nonce. */
    String contentSecurityPolicy(String nonce) {
        String origins = String.join(" ", toolOrigins);
        return "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-" + nonce + "'; "
                + "img-src 'self'; frame-src 'self' " + origins + " " + urls.relayOrigins() + "; form-action 'self' "
                + origins + " " + urls.relayOrigins() + "; "
                + "base-uri 'none'";
    }

    String home(String nonce) {
        Roster roster = config.roster();
        StringBuilder body = new StringBuilder(8_192);
        body.append("<a class=\"skip\" href=\"#tool-heading\">Skip to the tool</a>")
                .append("<header><h1>Balint dev platform</h1>")
                .append("<p>A local LTI 1.3 platform. Launch the tool at <code>")
                .append(Html.escape(config.toolLoginUrl().toString()))
                .append("</code> as one of the people of this platform.</p></header><main>")
                .append("<form id=\"launch-form\" method=\"post\" action=\"").append(PlatformUrls.LAUNCH)
                .append("\" target=\"tool-frame\" rel=\"opener\">")
                .append("<h2 id=\"launch-heading\">Launch</h2>")
                .append("<div class=\"field\"><label for=\"resource_link\">Course and activity</label>")
                .append("<select id=\"resource_link\" name=\"resource_link\">");
        boolean first = true;
        for (Course course : catalog.courses()) {
            body.append("<optgroup label=\"").append(Html.escape(course.title() + " (" + course.label() + ")"))
                    .append("\">");
            for (ResourceLink link : course.resourceLinks()) {
                body.append("<option value=\"").append(Html.escape(link.id())).append('"')
                        .append(first ? " selected" : "").append('>').append(Html.escape(link.title()))
                        .append("</option>");
                first = false;
            }
            body.append("</optgroup>");
        }
        body.append("</select></div><div class=\"actions\">");
        quickButton(body, roster.firstWith(Role.INSTRUCTOR), "Launch as leader");
        quickButton(body, roster.firstWith(Role.LEARNER), "Launch as member");
        roster.firstWith(Role.INSTRUCTOR).ifPresent(leader -> body
                .append("<button type=\"submit\" class=\"secondary\" name=\"add_group\" value=\"")
                .append(Html.escape(leader.id())).append("\">Add a Balint group (deep linking)")
                .append(" <span class=\"who\">(").append(Html.escape(leader.name()))
                .append(", into the chosen activity's course)</span></button>"));
        body.append("<a class=\"button-link\" href=\"").append(PlatformUrls.REGISTER_TOOL)
                .append("\">Register a tool dynamically</a>");
        body.append("</div>")
                .append("<details><summary>More people and options</summary>")
                .append("<div class=\"field\"><label for=\"person\">Person</label><select id=\"person\" name=\"person\">");
        for (Person person : roster.people()) {
            body.append("<option value=\"").append(Html.escape(person.id())).append("\">")
                    .append(Html.escape(person.name() + ", " + person.role().label()
                            + person.email().map(email -> ", " + email).orElse(", no e-mail address")))
                    .append("</option>");
        }
        body.append("</select></div>")
                .append("<div class=\"actions\"><button type=\"submit\" class=\"secondary\">")
                .append("Launch as the chosen person</button></div>");
        radios(body, "Message", "message", List.of(
                new String[] {"resource-link", "Open the activity (resource link launch)"},
                new String[] {"deep-linking", "Pick content to place in the course (deep linking)"}));
        radios(body, "Open the tool", "target", List.of(
                new String[] {"iframe", "In the frame on this page"},
                new String[] {"window", "In a new window"}));
        body.append("<fieldset><legend>Privacy and storage</legend>");
        checkbox(body, "withhold_name", "Withhold the person's name from the tool");
        checkbox(body, "withhold_email", "Withhold the e-mail address from the tool");
        checkbox(body, "no_storage", "Do not offer platform storage (no lti_storage_target)");
        checkbox(body, "block_cookies", "Simulate blocked third-party cookies (the launch reaches the tool "
                + "without its login cookie)");
        body.append("</fieldset>");
        radios(body, "Login initiation", "login", List.of(
                new String[] {"post", "Form POST to the tool's login URL"},
                new String[] {"get", "GET redirect to the tool's login URL"}));
        body.append("</details></form>")
                .append("<h2 id=\"tool-heading\">Tool</h2>")
                .append("<iframe name=\"tool-frame\" title=\"The tool, launched from this platform\" ")
                .append("allow=\"camera; microphone; fullscreen; display-capture; clipboard-write\"></iframe>")
                .append("<details><summary>Registration details for the tool</summary><dl>");
        definition(body, "Issuer (iss)", issuer.toString());
        definition(body, "Client ID", config.clientId());
        definition(body, "Deployment ID", config.deploymentId());
        definition(body, "OIDC authorization URL", urls.authorization().toString());
        definition(body, "Platform JWKS URL", urls.jwks().toString());
        definition(body, "OpenID configuration", urls.openIdConfiguration().toString());
        definition(body, "Tool login URL", config.toolLoginUrl().toString());
        definition(body, "Redirect URIs", String.join(" ", config.redirectUris().stream().map(URI::toString).toList()));
        definition(body, "Target link URI", config.targetLinkUri().toString());
        definition(body, "Deep-linking URL", config.deepLinkUrl().toString());
        definition(body, "Tool JWKS URL", config.toolJwksUrl().toString());
        definition(body, "Token URL", urls.token().toString());
        definition(body, "Registration endpoint", urls.registration().toString());
        definition(body, "Deep-linking return URL", urls.deepLinkingReturn().toString());
        definition(body, "Tool registration start URL", config.toolRegistrationUrl().toString());
        body.append("</dl></details></main>");
        return page("Balint dev platform", nonce, body.toString(), homeScript());
    }

    private static void quickButton(StringBuilder body, Optional<Person> person, String label) {
        person.ifPresent(who -> body.append("<button type=\"submit\" name=\"as\" value=\"")
                .append(Html.escape(who.id())).append("\">").append(Html.escape(label))
                .append(" <span class=\"who\">(").append(Html.escape(who.name())).append(")</span></button>"));
    }

    private static void radios(StringBuilder body, String legend, String name, List<String[]> choices) {
        body.append("<fieldset><legend>").append(Html.escape(legend)).append("</legend>");
        boolean first = true;
        for (String[] choice : choices) {
            body.append("<label><input type=\"radio\" name=\"").append(name).append("\" value=\"")
                    .append(choice[0]).append('"').append(first ? " checked" : "").append("> ")
                    .append(Html.escape(choice[1])).append("</label>");
            first = false;
        }
        body.append("</fieldset>");
    }

    private static void checkbox(StringBuilder body, String name, String label) {
        body.append("<label><input type=\"checkbox\" name=\"").append(name).append("\" value=\"yes\"> ")
                .append(Html.escape(label)).append("</label>");
    }

    private static void definition(StringBuilder body, String term, String value) {
        body.append("<dt>").append(Html.escape(term)).append("</dt><dd><code>").append(Html.escape(value))
                .append("</code></dd>");
    }

    /**
     * Points the launch form at the frame or a new window (the form keeps {@code rel="opener"} so a
     * tool in a new window can still reach this page through {@code window.opener}), and answers the tool's platform-storage
     * postMessages ({@code lti.capabilities}, {@code lti.put_data}, {@code lti.get_data}) for the
     * tool's origins only, keeping each origin's data apart and bounded.
     */
    private String homeScript() {
        StringBuilder origins = new StringBuilder("[");
        for (int i = 0; i < toolOrigins.size(); i++) {
            origins.append(i == 0 ? "" : ",").append('"').append(jsString(toolOrigins.get(i))).append('"');
        }
        origins.append(']');
        return String.join("\n",
                "(function () {",
                "  'use strict';",
                "  var form = document.getElementById('launch-form');",
                "  function aim() {",
                "    var chosen = form.querySelector('input[name=target]:checked');",
                "    form.target = chosen && chosen.value === 'window' ? '_blank' : 'tool-frame';",
                "  }",
                "  form.addEventListener('change', aim);",
                "  aim();",
                "  var toolOrigins = " + origins + ";",
                "  var MAX_KEYS = 500, MAX_CHARS = 4096;",
                "  var stores = new Map();",
                "  window.addEventListener('message', function (event) {",
                "    var data = event.data;",
                "    if (!data || typeof data !== 'object' || typeof data.subject !== 'string' || !data.message_id) { return; }",
                "    if (toolOrigins.indexOf(event.origin) < 0 || !event.source) { return; }",
                "    function reply(answer) {",
                "      answer.subject = data.subject + '.response';",
                "      answer.message_id = data.message_id;",
                "      event.source.postMessage(answer, event.origin);",
                "    }",
                "    function refuse(code, message) { reply({ error: { code: code, message: message } }); }",
                "    if (!stores.has(event.origin)) { stores.set(event.origin, new Map()); }",
                "    var store = stores.get(event.origin);",
                "    var validKey = typeof data.key === 'string' && data.key.length > 0 && data.key.length <= MAX_CHARS;",
                "    if (data.subject === 'lti.capabilities') {",
                "      reply({ supported_messages: [ { subject: 'lti.capabilities' }, { subject: 'lti.put_data' },",
                "        { subject: 'lti.get_data' } ] });",
                "    } else if (data.subject === 'lti.put_data') {",
                "      if (!validKey) { refuse('bad_request', 'A key is a string of 1 to 4096 characters.'); return; }",
                "      if (data.value === undefined || data.value === null) { store.delete(data.key); reply({ key: data.key }); return; }",
                "      var value = String(data.value);",
                "      if (value.length > MAX_CHARS) { refuse('bad_request', 'A value is at most 4096 characters.'); return; }",
                "      if (!store.has(data.key) && store.size >= MAX_KEYS) {",
                "        refuse('storage_exhaustion', 'This origin already stores 500 keys.'); return;",
                "      }",
                "      store.set(data.key, value);",
                "      reply({ key: data.key, value: value });",
                "    } else if (data.subject === 'lti.get_data') {",
                "      if (!validKey) { refuse('bad_request', 'A key is a string of 1 to 4096 characters.'); return; }",
                "      reply({ key: data.key, value: store.has(data.key) ? store.get(data.key) : null });",
                "    } else if (data.subject.indexOf('lti.') === 0) {",
                "      refuse('unsupported_subject', 'This platform does not handle ' + data.subject + '.');",
                "    }",
                "  });",
                "}());");
    }

    /** The page that carries a login initiation or an id_token to the tool with an auto-submitting form. */
    String autoSubmit(String nonce, String title, String method, URI action, Map<String, String> fields) {
        StringBuilder body = new StringBuilder(4_096);
        body.append("<main><h1>").append(Html.escape(title)).append("</h1>")
                .append("<form id=\"auto-submit\" method=\"").append(method.toLowerCase(Locale.ROOT))
                .append("\" action=\"").append(Html.escape(action.toString()))
                .append("\" enctype=\"application/x-www-form-urlencoded\">");
        fields.forEach((name, value) -> body.append("<input type=\"hidden\" name=\"").append(Html.escape(name))
                .append("\" value=\"").append(Html.escape(value)).append("\">"));
        body.append("<p>If the tool does not open by itself, continue with the button.</p>")
                .append("<button type=\"submit\">Continue to the tool</button></form></main>");
        return page(title, nonce, body.toString(), "document.getElementById('auto-submit').submit();");
    }

    /** Where the id_token of a launch simulating blocked cookies goes before it reaches the tool. */
    URI relayBeside(URI toolAddress) {
        return urls.relayBeside(toolAddress);
    }

    /** The page the tool sends the browser back to, with the tool's messages. */
    String returned(String nonce, Map<String, String> parameters) {
        StringBuilder body = new StringBuilder(2_048);
        body.append("<main><h1>Back on the platform</h1>");
        Optional<Course> course = Optional.ofNullable(parameters.get("course")).flatMap(catalog::course);
        course.ifPresent(c -> body.append("<p>The tool returned from <strong>").append(Html.escape(c.title()))
                .append("</strong>")
                .append(Optional.ofNullable(parameters.get("resource_link")).flatMap(c::resourceLink)
                        .map(link -> ", activity <strong>" + Html.escape(link.title()) + "</strong>").orElse(""))
                .append(".</p>"));
        returnedMessage(body, parameters, "lti_msg", "Message from the tool");
        returnedMessage(body, parameters, "lti_errormsg", "Error from the tool");
        returnedMessage(body, parameters, "lti_log", "Log entry from the tool");
        returnedMessage(body, parameters, "lti_errorlog", "Error log entry from the tool");
        body.append("<p><a href=\"").append(PlatformUrls.HOME).append("\" target=\"_top\">Back to the launch page</a></p></main>");
        return page("Back on the platform", nonce, body.toString(), "");
    }

    private static void returnedMessage(StringBuilder body, Map<String, String> parameters, String name,
            String label) {
        Optional.ofNullable(parameters.get(name)).filter(text -> !text.isBlank()).ifPresent(text ->
                body.append("<h2>").append(Html.escape(label)).append("</h2><p>").append(Html.escape(text))
                        .append("</p>"));
    }

    /** The page a deep-linking response lands on: what was added to the course. */
    String deepLinked(String nonce, DeepLinkReturns.Outcome.Placed placed) {
        StringBuilder body = new StringBuilder(2_048);
        body.append("<main><h1>Added to ").append(Html.escape(placed.course().title())).append("</h1>");
        placed.message().ifPresent(text -> body.append("<p>Message from the tool: ").append(Html.escape(text))
                .append("</p>"));
        if (placed.links().isEmpty()) {
            body.append("<p>The tool returned no content, so nothing was added to the course.</p>");
        } else {
            body.append("<table><caption>Activities added</caption><thead><tr><th scope=\"col\">Resource link</th>")
                    .append("<th scope=\"col\">Title</th><th scope=\"col\">Custom parameters</th>")
                    .append("<th scope=\"col\">Line item</th></tr></thead><tbody>");
            for (PlacedLink link : placed.links()) {
                body.append("<tr><td><code>").append(Html.escape(link.link().id())).append("</code></td><td>")
                        .append(Html.escape(link.link().title())).append("</td><td>");
                link.link().custom().forEach((name, value) -> body.append("<code>").append(Html.escape(name))
                        .append('=').append(Html.escape(value)).append("</code> "));
                body.append("</td><td>").append(link.lineItemId()
                        .map(id -> "<code>" + Html.escape(urls.lineItem(link.courseId(), id).toString()) + "</code>")
                        .orElse("none")).append("</td></tr>");
            }
            body.append("</tbody></table><p>Launch the new activities from the launch page.</p>");
        }
        body.append("<p><a href=\"").append(PlatformUrls.HOME)
                .append("\" target=\"_top\">Back to the launch page</a></p></main>");
        return page("Added to the course", nonce, body.toString(), "");
    }

    /**
     * The page that registers a tool with LTI Dynamic Registration: it opens the tool's registration
     * start URL with {@code openid_configuration} and a fresh one-time {@code registration_token} in a
     * frame (or a new window), and reports the tool's {@code org.imsglobal.lti.close} postMessage.
     */
    String dynamicRegistration(String nonce, String registrationToken, List<ToolClient> tools) {
        java.util.Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("openid_configuration", urls.openIdConfiguration().toString());
        query.put("registration_token", registrationToken);
        URI start = Paging.withQuery(config.toolRegistrationUrl(), query);
        StringBuilder body = new StringBuilder(4_096);
        body.append("<main><h1>Register a tool dynamically</h1>")
                .append("<p>The tool's registration page opens below (LTI Dynamic Registration 1.0). When the tool ")
                .append("has registered, it closes the registration and this page says so.</p>")
                .append("<p id=\"registration-status\" role=\"status\">Waiting for the tool.</p>")
                .append("<div class=\"actions\"><a class=\"button-link\" target=\"_blank\" rel=\"opener\" href=\"")
                .append(Html.escape(start.toString())).append("\">Open the registration in a new window instead</a>")
                .append("<a class=\"button-link\" href=\"").append(PlatformUrls.REGISTER_TOOL)
                .append("\">Show the registered tools again</a></div>")
                .append("<iframe id=\"registration-frame\" title=\"The tool's registration page\" src=\"")
                .append(Html.escape(start.toString())).append("\"></iframe>")
                .append("<h2>Registered tools</h2><table><thead><tr><th scope=\"col\">Name</th>")
                .append("<th scope=\"col\">client_id</th><th scope=\"col\">deployment_id</th>")
                .append("<th scope=\"col\">JWKS URL</th><th scope=\"col\">Scopes</th></tr></thead><tbody>");
        for (ToolClient tool : tools) {
            body.append("<tr><td>").append(Html.escape(tool.name())).append("</td><td><code>")
                    .append(Html.escape(tool.clientId())).append("</code></td><td><code>")
                    .append(Html.escape(tool.deploymentId())).append("</code></td><td><code>")
                    .append(Html.escape(tool.jwksUri().toString())).append("</code></td><td>")
                    .append(Html.escape(String.join(" ", tool.scopes().stream().sorted().toList())))
                    .append("</td></tr>");
        }
        body.append("</tbody></table><p><a href=\"").append(PlatformUrls.HOME)
                .append("\">Back to the launch page</a></p></main>");
        String origin = start.getScheme() + "://" + start.getHost() + (start.getPort() < 0 ? "" : ":" + start.getPort());
        String script = String.join("\n",
                "(function () {",
                "  'use strict';",
                "  var toolOrigin = \"" + jsString(origin) + "\";",
                "  window.addEventListener('message', function (event) {",
                "    if (event.origin !== toolOrigin || !event.data || event.data.subject !== 'org.imsglobal.lti.close') {",
                "      return;",
                "    }",
                "    var frame = document.getElementById('registration-frame');",
                "    if (frame) { frame.remove(); }",
                "    document.getElementById('registration-status').textContent =",
                "      'The tool finished the registration. Show the registered tools again to see it.';",
                "  });",
                "}());");
        return page("Register a tool dynamically", nonce, body.toString(), script);
    }

    /** A page listing every reason a request was refused. */
    String refused(String nonce, String title, String explanation, List<Violation> violations) {
        StringBuilder body = new StringBuilder(2_048);
        body.append("<main><h1>").append(Html.escape(title)).append("</h1><p>").append(Html.escape(explanation))
                .append("</p><ul class=\"problems\">");
        for (Violation violation : violations) {
            body.append("<li><code>").append(Html.escape(violation.code())).append("</code>: ")
                    .append(Html.escape(violation.message())).append("</li>");
        }
        body.append("</ul><p><a href=\"").append(PlatformUrls.HOME)
                .append("\" target=\"_top\">Back to the launch page</a></p></main>");
        return page(title, nonce, body.toString(), "");
    }

    private static String page(String title, String nonce, String body, String script) {
        StringBuilder html = new StringBuilder(body.length() + STYLE.length() + script.length() + 512);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append("</title>")
                .append("<style nonce=\"").append(nonce).append("\">").append(STYLE).append("</style></head><body>")
                .append(body);
        if (!script.isEmpty()) {
            html.append("<script nonce=\"").append(nonce).append("\">").append(script).append("</script>");
        }
        return html.append("</body></html>").toString();
    }

    /** The text escaped for a double-quoted JavaScript string inside an HTML script element. */
    private static String jsString(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
