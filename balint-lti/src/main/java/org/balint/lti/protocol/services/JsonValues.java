package org.balint.lti.protocol.services;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Strict reading and writing of the JSON that services exchange, on Nimbus's bundled JSON utilities.
 * Every getter either returns a value of the asked type or throws {@link JsonShapeException}; an
 * explicit JSON {@code null} counts as absent.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** Parses a JSON object. */
    public static Map<String, Object> object(String json) throws JsonShapeException {
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException | RuntimeException e) {
            throw new JsonShapeException("The body is not a JSON object");
        }
    }

    /** Parses a JSON array. */
    public static List<Object> array(String json) throws JsonShapeException {
        try {
            return JSONArrayUtils.parse(json);
        } catch (ParseException | RuntimeException e) {
            throw new JsonShapeException("The body is not a JSON array");
        }
    }

    /** Writes a JSON object (maps, lists, strings, numbers, booleans). */
    public static String write(Map<String, ?> json) {
        return JSONObjectUtils.toJSONString(new LinkedHashMap<>(json));
    }

    /** A required string member that is not blank. */
    public static String text(Map<String, Object> json, String name) throws JsonShapeException {
        return optionalText(json, name).orElseThrow(() -> new JsonShapeException("\"" + name + "\" is missing"));
    }

    /** An optional string member; blank strings count as absent. */
    public static Optional<String> optionalText(Map<String, Object> json, String name) throws JsonShapeException {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new JsonShapeException("\"" + name + "\" is not a string");
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** A required absolute http(s) URL member. */
    public static URI url(Map<String, Object> json, String name) throws JsonShapeException {
        return optionalUrl(json, name).orElseThrow(() -> new JsonShapeException("\"" + name + "\" is missing"));
    }

    /** An optional absolute http(s) URL member. */
    public static Optional<URI> optionalUrl(Map<String, Object> json, String name) throws JsonShapeException {
        Optional<String> text = optionalText(json, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(httpUrl(text.get(), name));
    }

    /** {@code text} as an absolute http(s) URL with a host. */
    public static URI httpUrl(String text, String name) throws JsonShapeException {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                throw new JsonShapeException("\"" + name + "\" is not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new JsonShapeException("\"" + name + "\" is not a URL");
        }
    }

    /** A required finite number member. */
    public static double number(Map<String, Object> json, String name) throws JsonShapeException {
        return optionalNumber(json, name).orElseThrow(() -> new JsonShapeException("\"" + name + "\" is missing"));
    }

    /** An optional finite number member. */
    public static Optional<Double> optionalNumber(Map<String, Object> json, String name) throws JsonShapeException {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw new JsonShapeException("\"" + name + "\" is not a number");
        }
        return Optional.of(number.doubleValue());
    }

    /** An optional list of strings; absent gives an empty list. */
    public static List<String> texts(Map<String, Object> json, String name) throws JsonShapeException {
        Object value = json.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new JsonShapeException("\"" + name + "\" is not a list");
        }
        List<String> texts = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof String text)) {
                throw new JsonShapeException("\"" + name + "\" holds something other than strings");
            }
            texts.add(text);
        }
        return List.copyOf(texts);
    }

    /** A required object member. */
    public static Map<String, Object> member(Map<String, Object> json, String name) throws JsonShapeException {
        return optionalMember(json, name).orElseThrow(() -> new JsonShapeException("\"" + name + "\" is missing"));
    }

    /** An optional object member. */
    public static Optional<Map<String, Object>> optionalMember(Map<String, Object> json, String name)
            throws JsonShapeException {
        Object value = json.get(name);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(asObject(value, "\"" + name + "\""));
    }

    /** A required list member whose items are objects. */
    public static List<Map<String, Object>> objects(Map<String, Object> json, String name) throws JsonShapeException {
        Object value = json.get(name);
        if (value == null) {
            throw new JsonShapeException("\"" + name + "\" is missing");
        }
        return objects(value, "\"" + name + "\"");
    }

    /** {@code value} as a list of objects; {@code what} names it in the message. */
    public static List<Map<String, Object>> objects(Object value, String what) throws JsonShapeException {
        if (!(value instanceof List<?> list)) {
            throw new JsonShapeException(what + " is not a list");
        }
        List<Map<String, Object>> objects = new ArrayList<>(list.size());
        for (Object item : list) {
            objects.add(asObject(item, "an item of " + what));
        }
        return objects;
    }

    /** {@code value} as an object; {@code what} names it in the message. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObject(Object value, String what) throws JsonShapeException {
        if (!(value instanceof Map<?, ?> map)) {
            throw new JsonShapeException(what + " is not an object");
        }
        return (Map<String, Object>) map;
    }
}
