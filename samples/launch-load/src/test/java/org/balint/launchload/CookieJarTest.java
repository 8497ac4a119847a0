package org.balint.launchload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class CookieJarTest {

    private final LaunchFlow.Jar jar = new LaunchFlow.Jar();

    @Test
    void sends_a_cookie_back_to_its_host_under_its_path_only() {
        jar.store(URI.create("http://localhost:9080/lti/login"),
                List.of("balint-lti-login-abc=s3cret; Path=/lti; Max-Age=300; HttpOnly; SameSite=Lax"));

        assertThat(jar.header(URI.create("http://localhost:9080/lti/launch"))).contains("balint-lti-login-abc=s3cret");
        assertThat(jar.header(URI.create("http://localhost:9080/ltix"))).isEmpty();
        assertThat(jar.header(URI.create("http://localhost:9180/auth"))).isEmpty();
        assertThat(jar.header(URI.create("http://127.0.0.1:9080/lti/launch"))).isEmpty();
    }

    @Test
    void forgets_a_cookie_the_server_removes() {
        URI tool = URI.create("http://localhost:9080/lti/launch");
        jar.store(tool, List.of("a=1; Path=/lti", "b=2; Path=/lti"));
        jar.store(tool, List.of("a=; Path=/lti; Max-Age=0"));

        assertThat(jar.header(tool)).contains("b=2");
    }

    @Test
    void replaces_a_cookie_of_the_same_name_and_path() {
        URI tool = URI.create("http://localhost:9080/");
        jar.store(tool, List.of("a=1", "a=2"));

        assertThat(jar.header(tool)).contains("a=2");
    }

    @Test
    void names_network_failures_in_kebab_case() {
        assertThat(LaunchFlow.kebab("ConnectException")).isEqualTo("connect-exception");
        assertThat(LaunchFlow.kebab("HttpTimeoutException")).isEqualTo("http-timeout-exception");
    }
}
