package org.balint.devplatform;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/** The real Moodle 4.5 captures kept under {@code fixtures/moodle-4.5} in the test resources. */
final class Fixtures {

    private Fixtures() {
    }

    static Map<String, Object> moodle(String file) throws IOException, ParseException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/moodle-4.5/" + file)) {
            if (in == null) {
                throw new IOException("No fixture " + file);
            }
            return JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** A JSON object kept as a string inside a capture (Moodle's raw response bodies). */
    static Map<String, Object> object(String json) throws ParseException {
        return JSONObjectUtils.parse(json);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> array(String json) throws ParseException {
        return (List<Map<String, Object>>) JSONObjectUtils.parse("{\"a\":" + json + "}").get("a");
    }
}
