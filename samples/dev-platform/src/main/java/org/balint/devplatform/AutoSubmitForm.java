package org.balint.devplatform;

import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An auto-submitting HTML form as LTI platforms use them to move the browser along a launch: the
 * login initiation form toward the tool and the form that posts {@code id_token} and {@code state}
 * to the tool's redirect URI.
 *
 * <p>{@link #parse(String)} reads such a form from a page, so a test can play the browser: fetch the
 * page, parse the form, and send {@link #formBody()} to {@link #action()}. It reads the forms this
 * platform writes and Moodle's ({@code ltiInitiateLoginForm}, {@code ltiAuthForm}).
 *
 * @param action the URL the form is sent to, as written in the page
 * @param method {@code POST} or {@code GET}, upper case
 * @param fields the named input fields in page order, values unescaped
 */
public record AutoSubmitForm(URI action, String method, Map<String, String> fields) {

    private static final int MAX_FIELDS = 200;
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00A0");

    /** Requires every component and keeps the field order. */
    public AutoSubmitForm {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(method, "method");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
    }

    /**
     * The first form of an HTML page, or empty when the page has no form with a usable action. Reads
     * at most 200 fields.
     */
    public static Optional<AutoSubmitForm> parse(String html) {
        Matcher form = FORM.matcher(Objects.requireNonNull(html, "html"));
        if (!form.find()) {
            return Optional.empty();
        }
        Map<String, String> formAttributes = attributes(form.group(1));
        String action = formAttributes.get("action");
        if (action == null || action.isBlank()) {
            return Optional.empty();
        }
        URI actionUri;
        try {
            actionUri = URI.create(action.strip());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        String method = formAttributes.getOrDefault("method", "GET").toUpperCase(Locale.ROOT);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        for (int count = 0; count < MAX_FIELDS && input.find(); count++) {
            Map<String, String> inputAttributes = attributes(input.group(1));
            String name = inputAttributes.get("name");
            if (name != null) {
                fields.putIfAbsent(name, inputAttributes.getOrDefault("value", ""));
            }
        }
        return Optional.of(new AutoSubmitForm(actionUri, method, fields));
    }

    /** The fields as an {@code application/x-www-form-urlencoded} body. */
    public String formBody() {
        return LoginInitiation.encode(fields);
    }

    /** The value of a field, if the form has it. */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    private static Map<String, String> attributes(String tagContent) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tagContent);
        for (int count = 0; count < MAX_FIELDS && attribute.find(); count++) {
            String raw = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), unescape(raw));
        }
        return attributes;
    }

    static String unescape(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder result = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(result, Matcher.quoteReplacement(decode(entity.group(1), entity.group())));
        }
        entity.appendTail(result);
        return result.toString();
    }

    private static String decode(String reference, String whole) {
        if (reference.startsWith("#")) {
            boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
            int codePoint = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : whole;
        }
        return NAMED.getOrDefault(reference.toLowerCase(Locale.ROOT), whole);
    }
}
