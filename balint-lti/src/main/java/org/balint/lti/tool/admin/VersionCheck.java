package org.balint.lti.tool.admin;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The version a change is based on: from the {@code If-Match} header (a stale one answers
 * {@code 412 version-mismatch}) or from the body's {@code version} field (a stale one answers
 * {@code 409 version-conflict}). The header wins when both are given.
 *
 * @param ifMatch     the version in {@code If-Match}
 * @param bodyVersion the version in the JSON body
 */
public record VersionCheck(OptionalLong ifMatch, OptionalLong bodyVersion) {

    /** Validates the arguments. */
    public VersionCheck {
        Objects.requireNonNull(ifMatch, "ifMatch");
        Objects.requireNonNull(bodyVersion, "bodyVersion");
    }

    /** No version given. */
    public static VersionCheck none() {
        return new VersionCheck(OptionalLong.empty(), OptionalLong.empty());
    }

    /** The version to compare with, if any. */
    public OptionalLong expected() {
        return ifMatch.isPresent() ? ifMatch : bodyVersion;
    }

    /**
     * Reads an {@code If-Match} header: {@code "3"}, {@code W/"3"} or {@code 3}; empty when absent.
     *
     * @return empty inside the Optional when the header is absent; an empty Optional when it is not a version
     */
    public static Optional<OptionalLong> parseIfMatch(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.of(OptionalLong.empty());
        }
        String value = header.get().strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!value.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(OptionalLong.of(Long.parseLong(value)));
    }
}
