package org.balint.lti.tool.deeplinking;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.lti.protocol.message.DeepLinkingRequest;
import org.balint.lti.protocol.message.DeepLinkingSettings;
import org.balint.lti.protocol.message.LtiContext;
import org.balint.lti.protocol.message.PlatformDeployment;

/**
 * What the answer to a deep-linking request needs, kept on the server until the instructor chooses:
 * who asked, through which installation, in which course, and what the platform accepts back.
 *
 * @param deployment     the platform registration and deployment of the request
 * @param subject        the instructor's user id at the platform
 * @param contextId      the course, when the request named one
 * @param returnUrl      the platform's {@code deep_link_return_url}
 * @param data           the platform's opaque {@code data}, echoed in the answer
 * @param acceptTypes    the content item types the platform accepts
 * @param acceptMultiple whether the platform takes more than one item
 */
public record DeepLinkContext(PlatformDeployment deployment, String subject, Optional<String> contextId, URI returnUrl,
        Optional<String> data, List<String> acceptTypes, boolean acceptMultiple) {

    /** Validates the parts and copies the list. */
    public DeepLinkContext {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(contextId, "contextId");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(data, "data");
        acceptTypes = List.copyOf(acceptTypes);
    }

    /** The context of {@code request}, made by {@code subject}. */
    public static DeepLinkContext of(DeepLinkingRequest request, String subject) {
        DeepLinkingSettings settings = request.settings();
        return new DeepLinkContext(request.details().deployment(), subject,
                request.details().context().map(LtiContext::id), settings.returnUrl(), settings.data(),
                settings.acceptTypes(), settings.acceptMultiple());
    }

    /** The settings the answer is checked against and signed for. */
    public DeepLinkingSettings settings() {
        return new DeepLinkingSettings(returnUrl, acceptTypes, List.of(), Optional.empty(), acceptMultiple, false,
                Optional.empty(), Optional.empty(), data);
    }
}
