package org.balint.lti.protocol.message;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the platform accepts back from a deep-linking selection
 * (<a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-settings">Deep Linking 2.0,
 * section 4.4.1</a>).
 *
 * @param returnUrl                  where the tool posts its deep-linking response
 * @param acceptTypes                content item types accepted, e.g. {@code ltiResourceLink}
 * @param acceptPresentationTargets  document targets accepted, e.g. {@code iframe}
 * @param acceptMediaTypes           comma-joined media types for file items, if given
 * @param acceptMultiple             whether more than one item may be returned
 * @param autoCreate                 whether the platform creates the items without asking
 * @param title                      suggested title
 * @param text                       suggested text
 * @param data                       opaque value to echo back in the response
 */
public record DeepLinkingSettings(URI returnUrl, List<String> acceptTypes,
        List<String> acceptPresentationTargets, Optional<String> acceptMediaTypes,
        boolean acceptMultiple, boolean autoCreate, Optional<String> title, Optional<String> text,
        Optional<String> data) {

    /** Validates the arguments and copies the lists. */
    public DeepLinkingSettings {
        Objects.requireNonNull(returnUrl, "returnUrl");
        acceptTypes = List.copyOf(Objects.requireNonNull(acceptTypes, "acceptTypes"));
        acceptPresentationTargets = List.copyOf(
                Objects.requireNonNull(acceptPresentationTargets, "acceptPresentationTargets"));
        Objects.requireNonNull(acceptMediaTypes, "acceptMediaTypes");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(data, "data");
    }

    /** True if the platform accepts LTI resource links, the only item type a tool like this returns. */
    public boolean acceptsResourceLinks() {
        return acceptTypes.contains("ltiResourceLink");
    }
}
