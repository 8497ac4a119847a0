package org.balint.lti.tool.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers an {@link ApiRefused} with its status and JSON problem. */
@Provider
public class ApiRefusedMapper implements ExceptionMapper<ApiRefused> {

    @Override
    public Response toResponse(ApiRefused refused) {
        return answer(refused.refusal());
    }

    /** The response of {@code refusal}: its status, the problem as JSON, never cached. */
    static Response answer(ApiRefusal refusal) {
        Response.ResponseBuilder response = Response.status(refusal.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(refusal.problem()).header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (refusal.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"balint\"");
        }
        return response.build();
    }
}
