package org.balint.lti.protocol.message;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The Names and Role Provisioning Service the platform offers: where to read the context's members.
 *
 * @param contextMembershipsUrl the membership container URL
 * @param serviceVersions       the NRPS versions supported, e.g. {@code 2.0}
 */
public record RosterService(URI contextMembershipsUrl, List<String> serviceVersions) {

    /** Validates the arguments and copies the version list. */
    public RosterService {
        Objects.requireNonNull(contextMembershipsUrl, "contextMembershipsUrl");
        serviceVersions = List.copyOf(Objects.requireNonNull(serviceVersions, "serviceVersions"));
    }
}
