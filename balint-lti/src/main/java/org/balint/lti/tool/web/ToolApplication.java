package org.balint.lti.tool.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The tool's REST application, at the root of the context: {@code /lti/login}, {@code /lti/launch}, {@code /lti/jwks}. */
@ApplicationPath("/")
public class ToolApplication extends Application {
}
