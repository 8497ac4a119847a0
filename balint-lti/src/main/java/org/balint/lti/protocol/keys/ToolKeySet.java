package org.balint.lti.protocol.keys;

import java.util.List;
import java.util.Objects;

/**
 * The tool's keys at one moment: the key that signs, and the retired keys that are still published.
 *
 * @param active  the signing key, with its private part
 * @param retired retired keys not yet expired, most recently retired first (public parts only)
 */
public record ToolKeySet(ToolKey active, List<ToolKey> retired) {

    /** Validates the arguments. */
    public ToolKeySet {
        Objects.requireNonNull(active, "active");
        retired = List.copyOf(Objects.requireNonNull(retired, "retired"));
        if (active.retiredAt().isPresent()) {
            throw new IllegalArgumentException("The active key cannot be retired");
        }
        if (!active.key().isPrivate()) {
            throw new IllegalArgumentException("The active key needs its private part");
        }
        retired.forEach(r -> {
            if (r.retiredAt().isEmpty()) {
                throw new IllegalArgumentException("Key " + r.kid() + " is listed as retired but has no retirement");
            }
        });
    }
}
