package org.balint.lti.protocol.keys;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * Where the tool's keys are kept. A store shared by several server nodes gives them one active key:
 * the first node to ask creates it, and a rotation only happens if the key it retires is still the
 * active one. Implementations must be safe for concurrent use.
 */
public interface ToolKeyStore {

    /**
     * The keys now: the active key (created by this call when there is none yet) and the retired keys
     * still inside their overlap window.
     */
    ToolKeySet current();

    /**
     * Makes {@code next} the active key and retires {@code retiringKid}, keeping it published for the
     * overlap window, provided {@code retiringKid} is still the active key; otherwise (another node
     * rotated first) nothing changes. Retired keys whose window has passed are dropped.
     *
     * @param retiringKid the key id the caller believes is active
     * @param next        the new signing key: RSA with its private part and a key id of its own
     * @return the keys after the call
     */
    ToolKeySet rotate(String retiringKid, RSAKey next);
}
