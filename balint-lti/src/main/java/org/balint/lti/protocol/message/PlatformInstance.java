package org.balint.lti.protocol.message;

import java.util.Objects;
import java.util.Optional;

/**
 * The platform instance that sent the launch ({@code tool_platform} claim).
 *
 * @param guid              the instance's stable id
 * @param productFamilyCode e.g. {@code moodle} or {@code canvas}
 * @param name              the instance's name, e.g. the institution
 * @param version           the product version
 */
public record PlatformInstance(String guid, Optional<String> productFamilyCode, Optional<String> name,
        Optional<String> version) {

    /** Validates the arguments. */
    public PlatformInstance {
        Texts.requireText(guid, "guid");
        Objects.requireNonNull(productFamilyCode, "productFamilyCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }
}
