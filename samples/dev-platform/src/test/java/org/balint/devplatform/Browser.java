package org.balint.devplatform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plays the browser in the tests: plain HTTP over loopback, forms submitted by hand, no redirects followed. */
final class Browser {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(URI uri, String formBody) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Submits a form as the browser would after the page's script ran. */
    HttpResponse<String> submit(AutoSubmitForm form) throws IOException, InterruptedException {
        if ("GET".equals(form.method())) {
            return get(URI.create(form.action() + "?" + form.formBody()));
        }
        return post(form.action(), form.formBody());
    }

    /** The target of a redirect. */
    static URI location(HttpResponse<String> redirect) {
        return URI.create(redirect.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("Expected a redirect, got " + redirect.statusCode() + ": " + redirect.body())));
    }
}
