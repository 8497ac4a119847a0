package org.balint.persistence.tenant;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.balint.core.validation.InvalidInputException;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * Whose records these are: one deployment of Balint on one LMS platform. The platform is named by its
 * LTI 1.3 issuer (the {@code iss} of its launches, an HTTPS URL such as
 * {@code https://moodle.example.edu}) and the deployment by the LTI {@code deployment_id} the platform
 * assigned when an administrator installed the tool. Every stored row belongs to exactly one tenant,
 * and no tenant ever sees another's rows.
 *
 * <p>Both parts are compared exactly (LTI treats them as case-sensitive strings).
 *
 * @param platformIssuer the platform's LTI issuer URL, at most 255 characters
 * @param deploymentId   the LTI deployment id, 1 to 255 printable ASCII characters
 */
public record Tenant(String platformIssuer, String deploymentId) {

    static final int MAX_LENGTH = 255;

    public Tenant {
        Objects.requireNonNull(platformIssuer, "platformIssuer");
        Objects.requireNonNull(deploymentId, "deploymentId");
        List<Violation> violations = check(platformIssuer, deploymentId);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** The tenant, or every reason the issuer and deployment id do not name one. */
    public static Validated<Tenant> of(String platformIssuer, String deploymentId) {
        Objects.requireNonNull(platformIssuer, "platformIssuer");
        Objects.requireNonNull(deploymentId, "deploymentId");
        return Validated.of(check(platformIssuer, deploymentId), () -> new Tenant(platformIssuer, deploymentId));
    }

    private static List<Violation> check(String issuer, String deploymentId) {
        List<Violation> violations = new ArrayList<>();
        if (issuer.isBlank()) {
            violations.add(Violation.of("missing-platform-issuer",
                    "The LMS platform's issuer is empty; use the 'iss' value of the platform's LTI launches."));
        } else if (issuer.length() > MAX_LENGTH) {
            violations.add(Violation.of("platform-issuer-too-long",
                    "The LMS platform's issuer has " + issuer.length() + " characters; Balint accepts at most " + MAX_LENGTH + "."));
        } else if (!isIssuerUrl(issuer)) {
            violations.add(Violation.of("platform-issuer-not-https",
                    "The LMS platform's issuer '" + issuer + "' is not an HTTPS URL without query or fragment, as LTI 1.3 requires"
                            + " (plain HTTP is accepted only for a platform on this machine)."));
        }
        if (deploymentId.isEmpty()) {
            violations.add(Violation.of("missing-deployment-id",
                    "The deployment id is empty; use the 'deployment_id' the LMS assigned when the tool was installed."));
        } else if (deploymentId.length() > MAX_LENGTH) {
            violations.add(Violation.of("deployment-id-too-long",
                    "The deployment id has " + deploymentId.length() + " characters; LTI allows at most " + MAX_LENGTH + "."));
        } else if (!deploymentId.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            violations.add(Violation.of("deployment-id-not-printable-ascii",
                    "The deployment id may contain only printable ASCII characters without spaces, as LTI 1.3 requires."));
        }
        return violations;
    }

    private static boolean isIssuerUrl(String issuer) {
        try {
            URI uri = new URI(issuer);
            if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return false;
            }
            String scheme = Objects.toString(uri.getScheme(), "").toLowerCase(Locale.ROOT);
            return "https".equals(scheme) || "http".equals(scheme) && isLoopback(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isLoopback(String host) {
        return "localhost".equalsIgnoreCase(host) || host.startsWith("127.") || "[::1]".equals(host);
    }

    @Override
    public String toString() {
        return platformIssuer + " (deployment " + deploymentId + ")";
    }
}
