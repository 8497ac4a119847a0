package org.balint.lti.tool.web;

import jakarta.ws.rs.core.UriInfo;
import org.balint.lti.tool.config.ToolConfiguration;

/** Whether the tool's cookies can be {@code Secure}. */
final class Cookies {

    private Cookies() {
    }

    /**
     * True when the request came over https, or the tool's public URL is https (TLS ended at a proxy
     * in front of the server).
     */
    static boolean secure(UriInfo uriInfo, ToolConfiguration configuration) {
        return "https".equalsIgnoreCase(uriInfo.getRequestUri().getScheme()) || configuration.servedOverHttps();
    }
}
