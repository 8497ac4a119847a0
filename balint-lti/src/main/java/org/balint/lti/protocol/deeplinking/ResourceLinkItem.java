package org.balint.lti.protocol.deeplinking;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code ltiResourceLink} content item: a link the platform places in the course and launches.
 *
 * @param title    the link's title, if any
 * @param text     a description, if any
 * @param url      the launch URL, if it differs from the tool's default target
 * @param custom   custom parameters the platform sends back with every launch of the link
 * @param lineItem the gradebook column to create with the link, if any
 */
public record ResourceLinkItem(Optional<String> title, Optional<String> text, Optional<URI> url,
        Map<String, String> custom, Optional<ContentLineItem> lineItem) {

    /** The content item type. */
    public static final String TYPE = "ltiResourceLink";

    /** Validates the arguments and copies the custom parameters. */
    public ResourceLinkItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        custom = Map.copyOf(Objects.requireNonNull(custom, "custom"));
        Objects.requireNonNull(lineItem, "lineItem");
        url.ifPresent(u -> {
            if (!u.isAbsolute() || !("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))) {
                throw new IllegalArgumentException("A resource link URL must be an absolute http(s) URL: " + u);
            }
        });
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPE);
        title.ifPresent(t -> json.put("title", t));
        text.ifPresent(t -> json.put("text", t));
        url.ifPresent(u -> json.put("url", u.toString()));
        if (!custom.isEmpty()) {
            json.put("custom", new LinkedHashMap<>(custom));
        }
        lineItem.ifPresent(l -> json.put("lineItem", l.toJson()));
        return json;
    }
}
