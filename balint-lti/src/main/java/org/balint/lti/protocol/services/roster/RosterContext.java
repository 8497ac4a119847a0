package org.balint.lti.protocol.services.roster;

import java.util.Objects;
import java.util.Optional;

/**
 * The context whose members were read.
 *
 * @param id    the context id, as in launches
 * @param label the short label, if sent
 * @param title the title, if sent
 */
public record RosterContext(String id, Optional<String> label, Optional<String> title) {

    /** Validates the arguments. */
    public RosterContext {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(title, "title");
    }
}
