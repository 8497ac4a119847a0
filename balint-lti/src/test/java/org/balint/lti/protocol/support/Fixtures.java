package org.balint.lti.protocol.support;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the fixture files under {@code src/test/resources/fixtures}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> json(String path) {
        try {
            return new LinkedHashMap<>(JSONObjectUtils.parse(text(path)));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Fixture " + path + " is not JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> json, String key) {
        return (Map<String, Object>) json.get(key);
    }

    /** Query or form parameters as the servlet API would hand them over: each name to its values. */
    public static Map<String, List<String>> parameters(Map<String, Object> params) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        params.forEach((k, v) -> result.put(k, List.of(String.valueOf(v))));
        return result;
    }
}
