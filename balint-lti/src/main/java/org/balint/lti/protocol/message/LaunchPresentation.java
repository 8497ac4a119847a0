package org.balint.lti.protocol.message;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the platform shows the tool and where the user goes back to.
 *
 * @param documentTarget {@code iframe}, {@code window} or {@code frame}
 * @param returnUrl      where to send the user when they are done
 * @param locale         the locale the platform displays
 * @param width          the frame width in pixels, if the platform said
 * @param height         the frame height in pixels, if the platform said
 */
public record LaunchPresentation(Optional<String> documentTarget, Optional<URI> returnUrl,
        Optional<String> locale, OptionalInt width, OptionalInt height) {

    /** Validates the arguments. */
    public LaunchPresentation {
        Objects.requireNonNull(documentTarget, "documentTarget");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
    }

    /** True if the platform shows the tool inside an iframe, where third-party cookies may be blocked. */
    public boolean inIframe() {
        return documentTarget.filter("iframe"::equals).isPresent();
    }
}
