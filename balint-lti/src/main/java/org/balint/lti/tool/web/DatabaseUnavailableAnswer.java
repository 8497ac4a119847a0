package org.balint.lti.tool.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.balint.lti.protocol.store.StoreUnavailable;

/**
 * A login or launch that could not reach the tool's database: {@code 503 database-unavailable}, as a
 * page or JSON like every refusal. Nothing was stored; the user can simply try again.
 */
@Provider
public class DatabaseUnavailableAnswer implements ExceptionMapper<StoreUnavailable> {

    /** The reason code. */
    public static final String CODE = "database-unavailable";

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableAnswer.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(StoreUnavailable failure) {
        LOG.log(Level.WARNING, "A request could not use the database", failure);
        return Answers.refusal(headers, "The tool is not available", new Problem(CODE, 503,
                "The tool cannot reach its database at the moment; nothing was saved. Wait a minute, then start the launch "
                        + "again from the course page. If it keeps happening, tell the tool's administrator."))
                .header("Retry-After", "60")
                .build();
    }
}
