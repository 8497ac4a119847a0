package org.balint.lti.protocol.validation;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.platform.PlatformRegistry;

/**
 * Step 5: finds the registration by issuer plus client_id, the client_id being the single {@code aud},
 * else (several audiences) {@code azp}, else the first audience registered for the issuer (the claims
 * policy then refuses the missing {@code azp}). The claims are not trusted yet: they only choose
 * which platform's keys must verify the signature.
 */
final class RegistrationLookup {

    private final PlatformRegistry registry;

    RegistrationLookup(PlatformRegistry registry) {
        this.registry = registry;
    }

    Checked<Registered> find(SignedJWT jwt) {
        JWTClaimsSet claims;
        Optional<String> azp;
        try {
            claims = jwt.getJWTClaimsSet();
            azp = Optional.ofNullable(claims.getStringClaim(LtiClaims.AUTHORIZED_PARTY));
        } catch (ParseException e) {
            return Checked.rejected(LaunchRejection.Reason.CLAIMS_MALFORMED,
                    "The id_token's claims are not a valid JSON object with standard claim types. "
                            + "Start the launch again; if it keeps failing, tell the platform's administrator.");
        }
        String issuer = claims.getIssuer();
        if (issuer == null || issuer.isBlank()) {
            return Checked.rejected(LaunchRejection.Reason.ISSUER_MISSING, "The id_token does not say which platform issued it (no iss).");
        }
        List<String> audience = claims.getAudience();
        if (audience.isEmpty()) {
            return Checked.rejected(LaunchRejection.Reason.AUDIENCE_MISSING, "The id_token does not say which tool it is for (no aud).");
        }
        List<PlatformRegistration> forIssuer = registry.findByIssuer(issuer);
        if (forIssuer.isEmpty()) {
            return Checked.rejected(LaunchRejection.Reason.ISSUER_UNKNOWN, "This tool is not registered with the platform '"
                    + issuer + "'. Ask the tool's administrator to add the registration.");
        }
        Optional<PlatformRegistration> registration;
        if (audience.size() == 1) {
            registration = registry.find(issuer, audience.get(0));
        } else if (azp.isPresent()) {
            registration = registry.find(issuer, azp.get());
        } else {
            registration = audience.stream().map(aud -> registry.find(issuer, aud))
                    .flatMap(Optional::stream).findFirst();
        }
        if (registration.isEmpty()) {
            return Checked.rejected(LaunchRejection.Reason.CLIENT_UNKNOWN, "The platform '" + issuer
                    + "' is registered, but not for the client_id this id_token is for. Check the tool's registration.");
        }
        return Checked.passed(new Registered(registration.get(), claims));
    }
}
