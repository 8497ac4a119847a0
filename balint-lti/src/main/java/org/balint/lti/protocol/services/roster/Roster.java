package org.balint.lti.protocol.services.roster;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete membership read (or a complete differences read).
 *
 * @param context     the context, if the platform named it
 * @param members     every member over all pages, each user once (a later page wins)
 * @param differences where to read the changes since this read, if the platform offers it
 * @param pages       how many pages were read
 */
public record Roster(Optional<RosterContext> context, List<Member> members, Optional<URI> differences, int pages) {

    /** Validates the arguments and copies the members. */
    public Roster {
        Objects.requireNonNull(context, "context");
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        Objects.requireNonNull(differences, "differences");
    }
}
