package org.balint.lti.protocol.services.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.balint.lti.protocol.support.Fixtures;
import org.junit.jupiter.api.Test;

class ScoresUrlTest {

    @Test
    void appends_scores_before_moodles_query_string() {
        Map<String, Object> capture = Fixtures.json("moodle-4.5/07-ags-score-post-and-reads.json");

        URI scores = ScoresUrl.of(URI.create((String) capture.get("lineitem")));

        assertThat(scores).hasToString((String) capture.get("scoresUrl"));
    }

    @Test
    void appends_scores_to_a_plain_path() {
        assertThat(ScoresUrl.of(URI.create("https://example.instructure.com/api/lti/courses/5/line_items/2")))
                .hasToString("https://example.instructure.com/api/lti/courses/5/line_items/2/scores");
    }

    @Test
    void does_not_double_a_trailing_slash_and_keeps_encoded_characters() {
        assertThat(ScoresUrl.of(URI.create("https://lms.example:8443/items/a%2Fb/?x=1%202&y=2")))
                .hasToString("https://lms.example:8443/items/a%2Fb/scores?x=1%202&y=2");
    }
}
