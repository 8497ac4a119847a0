package org.balint.launchload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.LaunchRequest;
import org.balint.devplatform.LaunchStart;
import org.balint.devplatform.LoginInitiation;

/**
 * One complete launch as a browser does it, with a fresh cookie jar: the dev platform starts the
 * launch; the login initiation goes to the tool's login URL; the tool's redirect goes to the
 * platform's authorization endpoint; the auto-submitting form there posts {@code id_token} and
 * {@code state} to the tool's launch URL; redirects after the launch are followed (at most
 * {@value #MAX_REDIRECTS}). Cookies are kept per host and path and sent as a browser on one site
 * would send them.
 */
final class LaunchFlow {

    static final int MAX_REDIRECTS = 3;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final String FORM = "application/x-www-form-urlencoded";

    private final HttpClient client;
    private final DevPlatform platform;
    private final int expectStatus;
    private final String expectBody;

    LaunchFlow(HttpClient client, DevPlatform platform, int expectStatus, String expectBody) {
        this.client = client;
        this.platform = platform;
        this.expectStatus = expectStatus;
        this.expectBody = expectBody;
    }

    /** Runs one launch to its end; never throws for HTTP or network failures, which become outcomes. */
    Outcome launch(LaunchRequest request) throws InterruptedException {
        LaunchStart start = platform.beginLaunch(request);
        if (!(start instanceof LaunchStart.Started started)) {
            return Outcome.failed("platform-refused");
        }
        LoginInitiation login = started.initiation();
        Jar jar = new Jar();
        try {
            HttpResponse<String> toLogin = send(jar, login.method() == LoginInitiation.Method.POST
                    ? post(login.toolLoginUrl(), login.formBody()) : get(login.uri()));
            Optional<URI> authorization = location(toLogin);
            if (toLogin.statusCode() / 100 != 3 || authorization.isEmpty()) {
                return Outcome.failed("login-http-" + toLogin.statusCode());
            }
            HttpResponse<String> atPlatform = send(jar, get(authorization.get()));
            if (atPlatform.statusCode() != 200) {
                return Outcome.failed("auth-http-" + atPlatform.statusCode());
            }
            Optional<AutoSubmitForm> form = AutoSubmitForm.parse(atPlatform.body());
            if (form.isEmpty() || !"POST".equals(form.get().method())) {
                return Outcome.failed("auth-no-form");
            }
            HttpResponse<String> page = send(jar, post(form.get().action(), form.get().formBody()));
            for (int redirects = 0; page.statusCode() / 100 == 3 && location(page).isPresent(); redirects++) {
                if (redirects == MAX_REDIRECTS) {
                    return Outcome.failed("launch-too-many-redirects");
                }
                page = send(jar, get(location(page).orElseThrow()));
            }
            if (page.statusCode() != expectStatus) {
                return Outcome.failed("launch-http-" + page.statusCode());
            }
            if (!page.body().contains(expectBody)) {
                return Outcome.failed("launch-body-unexpected");
            }
            return Outcome.completed();
        } catch (IOException | IllegalArgumentException failure) {
            return Outcome.failed("network-" + kebab(failure.getClass().getSimpleName()));
        }
    }

    private HttpResponse<String> send(Jar jar, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(REQUEST_TIMEOUT).build();
        URI uri = built.uri();
        jar.header(uri).ifPresent(cookie -> request.header("Cookie", cookie));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        jar.store(uri, response.headers().allValues("Set-Cookie"));
        return response;
    }

    private static HttpRequest.Builder post(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", FORM).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html").GET();
    }

    private static Optional<URI> location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").map(value -> response.uri().resolve(value));
    }

    /** {@code ConnectException} becomes {@code connect-exception}. */
    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The cookies of one launch: host-only, path-matched, removed by {@code Max-Age=0}. */
    static final class Jar {

        private record Cookie(String host, String path, String name, String value) {
        }

        private final List<Cookie> cookies = new ArrayList<>();

        void store(URI from, List<String> setCookies) {
            for (String setCookie : setCookies) {
                String[] parts = setCookie.split(";");
                int equals = parts[0].indexOf('=');
                if (equals < 1) {
                    continue;
                }
                String name = parts[0].substring(0, equals).strip();
                String value = parts[0].substring(equals + 1).strip();
                String path = "/";
                boolean expired = false;
                for (int i = 1; i < parts.length; i++) {
                    String attribute = parts[i].strip();
                    String lower = attribute.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("path=")) {
                        path = attribute.substring(5);
                    } else if (lower.startsWith("max-age=")) {
                        expired = attribute.substring(8).strip().startsWith("-") || "0".equals(attribute.substring(8)
                                .strip());
                    }
                }
                String host = from.getHost().toLowerCase(Locale.ROOT);
                String cookiePath = path;
                cookies.removeIf(c -> c.host.equals(host) && c.path.equals(cookiePath) && c.name.equals(name));
                if (!expired) {
                    cookies.add(new Cookie(host, cookiePath, name, value));
                }
            }
        }

        Optional<String> header(URI to) {
            String host = to.getHost() == null ? "" : to.getHost().toLowerCase(Locale.ROOT);
            String path = to.getRawPath() == null || to.getRawPath().isEmpty() ? "/" : to.getRawPath();
            StringBuilder header = new StringBuilder();
            for (Cookie cookie : cookies) {
                if (cookie.host.equals(host) && pathMatches(path, cookie.path)) {
                    header.append(header.length() == 0 ? "" : "; ").append(cookie.name).append('=').append(cookie.value);
                }
            }
            return header.length() == 0 ? Optional.empty() : Optional.of(header.toString());
        }

        private static boolean pathMatches(String requestPath, String cookiePath) {
            return requestPath.equals(cookiePath) || requestPath.startsWith(cookiePath)
                    && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
        }
    }
}
