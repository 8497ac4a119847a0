package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.devplatform.AutoSubmitForm;

/**
 * Plays a browser over plain HTTP: follows no redirects by itself, submits forms by hand, and keeps
 * the cookies the tool sets (by name, for the tool's host) so a test can also withhold them.
 */
final class Browser {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookieHeaders = new ArrayList<>();

    HttpResponse<String> get(URI uri, String... headers) throws IOException, InterruptedException {
        return send(request(uri, headers).GET().build());
    }

    HttpResponse<String> post(URI uri, String formBody, String... headers) throws IOException, InterruptedException {
        return send(request(uri, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build());
    }

    /** Sends a request with any method, content type and body (for requests a browser form would not send). */
    HttpResponse<String> send(URI uri, String method, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        return send(request(uri, headers).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Submits a form as the browser would after the page's script ran. */
    HttpResponse<String> submit(AutoSubmitForm form, String... headers) throws IOException, InterruptedException {
        if ("GET".equals(form.method())) {
            return get(URI.create(form.action() + "?" + form.formBody()), headers);
        }
        return post(form.action(), form.formBody(), headers);
    }

    /** Forgets every cookie, as a different browser would have none. */
    /**
     * Presses a launch button of the dev platform at {@code platform} ({@code button} is the form body, e.g.
     * {@code as=1001&resource_link=367}) and follows the login initiation and the authentication request,
     * up to the form that posts the id_token to the tool.
     */
    AutoSubmitForm idTokenForm(URI platform, String button) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = post(platform.resolve("/launch"), button);
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        HttpResponse<String> toAuth = submit(AutoSubmitForm.parse(loginPage.body()).orElseThrow());
        HttpResponse<String> authPage = get(loginTarget(toAuth));
        assertThat(authPage.statusCode()).as(authPage.body()).isEqualTo(200);
        return AutoSubmitForm.parse(authPage.body()).orElseThrow();
    }

    /** {@link #idTokenForm} and its post: the tool's answer to the launch. */
    HttpResponse<String> launch(URI platform, String button) throws IOException, InterruptedException {
        return submit(idTokenForm(platform, button));
    }

    void forgetCookies() {
        cookies.clear();
    }

    /** Every Set-Cookie header received, in order. */
    List<String> setCookieHeaders() {
        return List.copyOf(setCookieHeaders);
    }

    private HttpRequest.Builder request(URI uri, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        if (!cookies.isEmpty()) {
            builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            setCookieHeaders.add(header);
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (value.isEmpty() || header.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    /**
     * Where the tool's login answer sends the browser: the redirect's target, or, when the login offered
     * platform storage, the page's continue link, where its script goes after storing the binding (or
     * at once when the platform does not answer, as here without a platform page).
     */
    static URI loginTarget(HttpResponse<String> login) {
        if (login.statusCode() == 302) {
            return location(login);
        }
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a id=\"continue\" href=\"([^\"]*)\"")
                .matcher(login.body());
        if (login.statusCode() != 200 || !link.find()) {
            throw new AssertionError("Expected a redirect or the platform-storage page, got " + login.statusCode()
                    + ": " + login.body());
        }
        return URI.create(link.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&"));
    }

    /** The target of a redirect. */
    static URI location(HttpResponse<String> redirect) {
        Optional<String> location = redirect.headers().firstValue("Location");
        return URI.create(location.orElseThrow(() -> new AssertionError(
                "Expected a redirect, got " + redirect.statusCode() + ": " + redirect.body())));
    }
}
