package org.balint.lti.tool.web;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * LTI platform storage (1EdTech "LTI Client Side postMessages" and "Platform Storage"): when a browser
 * blocks the tool's cookie inside the LMS frame, the login's browser secret is kept by the platform's
 * page instead, through {@code lti.put_data} at login and {@code lti.get_data} at launch.
 *
 * <p>Both pages run one small script admitted by a per-response CSP nonce; the values it needs come in
 * a JSON data block, never as inline handlers. The script first asks the platform (the frame's parent,
 * or the window's opener) for {@code lti.capabilities}, then talks to the storage frame the platform
 * names ({@code lti_storage_target}, or the frame its capabilities answer names), sending the secret
 * only to the origin of the platform's OIDC authorization endpoint and accepting answers only from
 * there. Every wait is bounded; when storage is not offered or does not answer, the login goes on with
 * its cookie alone and the launch is refused for want of the binding.
 */
final class PlatformStorage {

    /** The launch step that receives the value read from platform storage. */
    static final String LAUNCH_PATH = "/lti/launch/platform-storage";
    /** The form field of that step carrying the browser secret read from platform storage. */
    static final String BINDING_FIELD = "browser_binding";
    /** The form field of the launch in which the platform names its storage frame. */
    static final String TARGET_FIELD = "lti_storage_target";

    /** How long the script waits for the platform's capabilities answer, in milliseconds. */
    static final int CAPABILITIES_WAIT_MILLIS = 1000;
    /** How long the script waits for {@code lti.put_data} or {@code lti.get_data} to be answered. */
    static final int DATA_WAIT_MILLIS = 2000;

    private static final int MAX_TARGET_LENGTH = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PlatformStorage() {
    }

    /**
     * The storage frame name if it is one a platform would use: {@code _parent} or a frame name of
     * letters, digits, {@code _} and {@code -}, at most 64 characters.
     */
    static Optional<String> target(Optional<String> offered) {
        return offered.map(String::strip).filter(name -> !name.isEmpty() && name.length() <= MAX_TARGET_LENGTH
                && name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                        || c >= '0' && c <= '9' || c == '-' || c == '_'));
    }

    /** The key under which a login's browser secret is stored on the platform. */
    static String key(String state) {
        return BrowserBinding.PREFIX + state;
    }

    /** The origin ({@code scheme://host[:port]}) of a URL, as {@code postMessage} and browsers write it. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** A fresh CSP nonce. */
    static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The login page: stores the browser secret on the platform, then goes on to the authentication
     * request (also after a refusal or a timeout: the cookie set with this page is the fallback).
     */
    static String loginPage(String nonce, String target, URI authenticationRequest, String state, String secret) {
        String config = "{\"mode\":\"login\",\"target\":" + json(target) + ",\"origin\":"
                + json(origin(authenticationRequest)) + ",\"key\":" + json(key(state)) + ",\"value\":" + json(secret)
                + ",\"next\":" + json(authenticationRequest.toString()) + "}";
        String body = "<h1>Opening the activity</h1>\n<p>Signing you in through your learning platform.</p>\n"
                + "<p><a id=\"continue\" href=\"" + Html.escape(authenticationRequest.toString())
                + "\">Continue</a> if nothing happens.</p>";
        return Html.scriptedPage("Balint: signing in", body, nonce, config, SCRIPT);
    }

    /**
     * The launch page for a browser that did not send the login cookie: reads the browser secret from
     * platform storage and posts it, with the platform's id_token and state unchanged, to
     * {@link #LAUNCH_PATH}, where the launch is validated.
     */
    static String launchPage(String nonce, String target, URI authorizationEndpoint, String state, String idToken) {
        String config = "{\"mode\":\"launch\",\"target\":" + json(target) + ",\"origin\":"
                + json(origin(authorizationEndpoint)) + ",\"key\":" + json(key(state)) + "}";
        String body = "<h1>Opening the activity</h1>\n<p>Your browser did not send the tool's cookie, so the tool "
                + "asks your learning platform for the sign-in it kept.</p>\n"
                + "<noscript><p>Turn on JavaScript for this tool, or allow its cookies, then open the activity "
                + "again from the course page.</p></noscript>\n"
                + "<form id=\"launch\" method=\"post\" action=\"" + Html.escape(LAUNCH_PATH) + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + Html.escape(idToken) + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + Html.escape(state) + "\">"
                + "<input type=\"hidden\" name=\"" + BINDING_FIELD + "\" value=\"\"></form>";
        return Html.scriptedPage("Balint: signing in", body, nonce, config, SCRIPT);
    }

    /** A JSON string literal that is also safe inside an HTML {@code <script>} data block. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The one script of both pages; it reads its values from the data block {@code #lti-storage}. */
    static final String SCRIPT = String.join("\n",
            "(function () {",
            "  'use strict';",
            "  var config = JSON.parse(document.getElementById('lti-storage').textContent);",
            "  var platform = window.parent !== window ? window.parent : window.opener;",
            "  var waiting = {};",
            "  var counter = 0;",
            "  window.addEventListener('message', function (event) {",
            "    var data = event.data;",
            "    if (!data || typeof data !== 'object' || typeof data.message_id !== 'string') { return; }",
            "    var entry = waiting[data.message_id];",
            "    if (!entry || data.subject !== entry.subject + '.response') { return; }",
            "    if (entry.origin !== '*' && event.origin !== entry.origin) { return; }",
            "    delete waiting[data.message_id];",
            "    clearTimeout(entry.timer);",
            "    entry.done(data.error ? null : data);",
            "  });",
            "  function messageId() {",
            "    var bytes = new Uint8Array(12);",
            "    window.crypto.getRandomValues(bytes);",
            "    counter += 1;",
            "    return 'balint-' + counter + '-' + Array.prototype.map.call(bytes, function (b) {",
            "      return ('0' + b.toString(16)).slice(-2); }).join('');",
            "  }",
            "  function ask(frame, origin, message, wait, done) {",
            "    var id = messageId();",
            "    message.message_id = id;",
            "    var entry = { subject: message.subject, origin: origin, done: done };",
            "    entry.timer = setTimeout(function () { delete waiting[id]; done(null); }, wait);",
            "    waiting[id] = entry;",
            "    try {",
            "      frame.postMessage(message, origin);",
            "    } catch (failure) {",
            "      clearTimeout(entry.timer);",
            "      delete waiting[id];",
            "      done(null);",
            "    }",
            "  }",
            "  function frameNamed(name) {",
            "    if (!platform) { return null; }",
            "    if (name === '_parent') { return platform; }",
            "    try { return platform.frames[name] || null; } catch (failure) { return null; }",
            "  }",
            "  function supported(list, subject) {",
            "    for (var i = 0; i < list.length; i += 1) {",
            "      if (list[i] && list[i].subject === subject) { return list[i]; }",
            "    }",
            "    return null;",
            "  }",
            "  function withStorage(next) {",
            "    if (!platform) { next(null); return; }",
            "    ask(platform, '*', { subject: 'lti.capabilities' }, " + CAPABILITIES_WAIT_MILLIS + ", function (answer) {",
            "      if (!answer || !Array.isArray(answer.supported_messages)) { next(frameNamed(config.target)); return; }",
            "      var put = supported(answer.supported_messages, 'lti.put_data');",
            "      var get = supported(answer.supported_messages, 'lti.get_data');",
            "      if (!put || !get) { next(null); return; }",
            "      var named = config.mode === 'login' ? put.frame : get.frame;",
            "      next(frameNamed(typeof named === 'string' && named ? named : config.target));",
            "    });",
            "  }",
            "  if (config.mode === 'login') {",
            "    var go = function () { window.location.replace(config.next); };",
            "    withStorage(function (frame) {",
            "      if (!frame) { go(); return; }",
            "      ask(frame, config.origin, { subject: 'lti.put_data', key: config.key, value: config.value },",
            "        " + DATA_WAIT_MILLIS + ", go);",
            "    });",
            "  } else {",
            "    var form = document.getElementById('launch');",
            "    var submit = function (value) { form.elements." + BINDING_FIELD + ".value = value; form.submit(); };",
            "    withStorage(function (frame) {",
            "      if (!frame) { submit(''); return; }",
            "      ask(frame, config.origin, { subject: 'lti.get_data', key: config.key }, " + DATA_WAIT_MILLIS + ",",
            "        function (answer) {",
            "          submit(answer && answer.key === config.key && typeof answer.value === 'string' ? answer.value : '');",
            "        });",
            "    });",
            "  }",
            "}());");
}
