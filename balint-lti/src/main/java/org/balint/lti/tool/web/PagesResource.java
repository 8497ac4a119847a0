package org.balint.lti.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.balint.lti.tool.course.CourseServices;

/**
 * Opens one of the group pages: a form post of the navigation, carrying the launch session and its CSRF
 * token (a post, not a link, so the session never appears in an address). Unknown, expired or forged
 * sessions are answered 401 with what to do next; a page not for the person's role, 403.
 */
@Path("lti/page")
@RequestScoped
public class PagesResource {

    @Inject
    Instance<CourseServices> courses;

    @Inject
    GroupPages pages;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    /** Page {@code name}. */
    @POST
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@PathParam("name") String name, MultivaluedMap<String, String> form) {
        if (!courses.isResolvable()) {
            return CourseAnswers.notConfigured(headers);
        }
        return FormSessions.withActive(courses.get().sessions(), headers, form,
                active -> pages.show(active, name, uriInfo.getBaseUri().getPath(), Optional.empty()));
    }
}
