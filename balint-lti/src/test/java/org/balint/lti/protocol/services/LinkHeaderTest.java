package org.balint.lti.protocol.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    private static final URI BASE = URI.create("https://lms.example/api/members?page=1");

    private static LinkHeader of(String... values) {
        return LinkHeader.of(HttpHeaders.of(Map.of("Link", List.of(values)), (name, value) -> true), BASE);
    }

    @Test
    void reads_several_links_in_one_header_as_canvas_sends_them() {
        LinkHeader links = of("<https://lms.example/api/members?page=2&per_page=2>; rel=\"current\","
                + "<https://lms.example/api/members?page=3&per_page=2>; rel=\"next\","
                + "<https://lms.example/api/members?page=1&per_page=2>; rel=\"first\"");

        assertThat(links.relation("next")).contains(URI.create("https://lms.example/api/members?page=3&per_page=2"));
        assertThat(links.relation("first")).contains(URI.create("https://lms.example/api/members?page=1&per_page=2"));
        assertThat(links.relation("differences")).isEmpty();
    }

    @Test
    void reads_links_spread_over_headers_relative_targets_and_several_relations() {
        LinkHeader links = of("</api/members?since=9>; rel=\"differences\"", "<members?page=2>; rel=\"next last\"");

        assertThat(links.relation("differences")).contains(URI.create("https://lms.example/api/members?since=9"));
        assertThat(links.relation("NEXT")).contains(URI.create("https://lms.example/api/members?page=2"));
        assertThat(links.relation("last")).contains(URI.create("https://lms.example/api/members?page=2"));
    }

    @Test
    void reads_unquoted_relations_and_skips_links_without_one() {
        LinkHeader links = of("<https://lms.example/a>; title=\"no rel\", <https://lms.example/b>; rel=next");

        assertThat(links.relation("next")).contains(URI.create("https://lms.example/b"));
    }

    @Test
    void compares_origins_with_default_ports() {
        assertThat(LinkHeader.sameOrigin(URI.create("https://lms.example/a"), URI.create("https://LMS.example:443/b"))).isTrue();
        assertThat(LinkHeader.sameOrigin(URI.create("https://lms.example/a"), URI.create("http://lms.example/a"))).isFalse();
        assertThat(LinkHeader.sameOrigin(URI.create("https://lms.example/a"), URI.create("https://lms.example:8443/a"))).isFalse();
        assertThat(LinkHeader.sameOrigin(URI.create("https://lms.example/a"), URI.create("https://evil.example/a"))).isFalse();
    }
}
