package org.balint.lti.protocol.services.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class ScoresUrlPropertyTest {

    @Property(tries = 300)
    void scores_end_the_path_and_the_query_is_kept(
            @ForAll @Size(min = 0, max = 5) List<@AlphaChars @NumericChars @StringLength(min = 1, max = 8) String> segments,
            @ForAll Optional<@AlphaChars @NumericChars @StringLength(min = 1, max = 12) String> queryValue) {
        String path = segments.isEmpty() ? "" : "/" + String.join("/", segments);
        String query = queryValue.map(v -> "type_id=" + v + "&x=%20" + v).orElse(null);
        URI lineItem = URI.create("https://lms.example:8443" + path + (query == null ? "" : "?" + query));

        URI scores = ScoresUrl.of(lineItem);

        assertThat(scores.getRawPath()).isEqualTo(path + "/scores");
        assertThat(scores.getRawQuery()).isEqualTo(query);
        assertThat(scores.getAuthority()).isEqualTo("lms.example:8443");
    }
}
