package org.balint.lti.tool.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.store.StoreUnavailable;

/**
 * Guards every request to the JSON API with the {@link ApiGate}: the launch session, the CSRF token of
 * a state-changing call, and the access rules the endpoint declares with {@link Allowed}. A refused
 * request never reaches its endpoint and is answered with a JSON {@link ApiProblem}.
 */
@Provider
@ApiV1
@Priority(Priorities.AUTHENTICATION)
public class ApiFilter implements ContainerRequestFilter {

    @Inject
    ApiGate gate;

    @Inject
    ApiRequest current;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
        ApiGate.Request asked = new ApiGate.Request(request.getMethod(),
                Optional.ofNullable(request.getHeaderString(HttpHeaders.AUTHORIZATION)),
                Optional.ofNullable(request.getHeaderString(ApiGate.CSRF_HEADER)),
                declared(resource.getResourceMethod()),
                Optional.ofNullable(path.getFirst("group")), Optional.ofNullable(path.getFirst("member")));
        ApiGate.Passage passage;
        try {
            passage = gate.pass(asked);
        } catch (StoreUnavailable e) {
            request.abortWith(ApiRefusedMapper.answer(ApiRefusal.of(503, "database-unavailable", "The tool cannot "
                    + "reach its database just now. Try again in a minute.")));
            return;
        }
        if (passage instanceof ApiGate.Stopped stopped) {
            request.abortWith(ApiRefusedMapper.answer(stopped.refusal()));
            return;
        }
        current.admit((ApiGate.Admitted) passage);
    }

    /** The access rules {@code method} declares; empty when it declares none. */
    static Set<Access> declared(Method method) {
        Allowed allowed = method == null ? null : method.getAnnotation(Allowed.class);
        if (allowed == null || allowed.value().length == 0) {
            return Set.of();
        }
        return EnumSet.copyOf(Set.of(allowed.value()));
    }
}
