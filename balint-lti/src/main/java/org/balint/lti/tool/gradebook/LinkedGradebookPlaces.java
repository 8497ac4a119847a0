package org.balint.lti.tool.gradebook;

import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.platform.PlatformRegistry;
import org.balint.lti.tool.course.PlacementEndpoints;
import org.balint.lti.tool.course.UserLinks;

/**
 * {@link GradebookPlaces} answered from what launches recorded: the placement a group is bound to, the
 * course's line-items service its launches offered, the platform registration they came through, and the
 * LMS user id of each member who launched through that registration.
 *
 * <p>A group has no place while it is not bound to a placement, while no launch of that placement offered
 * a line-items service (the platform does not offer AGS there, or the tool was not granted it), or while
 * the platform registration behind it is removed.
 */
public final class LinkedGradebookPlaces implements GradebookPlaces {

    private final PlacementEndpoints endpoints;
    private final UserLinks users;
    private final PlatformRegistry registry;

    /** Places from the recorded {@code endpoints} and {@code users}, with registrations from {@code registry}. */
    public LinkedGradebookPlaces(PlacementEndpoints endpoints, UserLinks users, PlatformRegistry registry) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.users = Objects.requireNonNull(users, "users");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public Optional<GradebookPlace> placeOf(GroupId group) {
        return endpoints.findForGroup(group).flatMap(found -> found.lineItems().flatMap(lineItems ->
                registry.find(found.key().deployment().issuer(), found.key().deployment().clientId())
                        .map(platform -> new GradebookPlace(platform, lineItems, found.key().resourceLinkId()))));
    }

    @Override
    public Optional<String> lmsUserId(GroupId group, MemberId member) {
        return endpoints.findForGroup(group).flatMap(found -> users.subjectOf(member,
                found.key().deployment().issuer(), found.key().deployment().clientId()));
    }
}
