package org.balint.lti.protocol.validation;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Objects;
import org.balint.lti.protocol.platform.PlatformRegistration;

/** The registration a token claims to come from, with its (not yet verified) claims. */
record Registered(PlatformRegistration registration, JWTClaimsSet claims) {

    Registered {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(claims, "claims");
    }
}
