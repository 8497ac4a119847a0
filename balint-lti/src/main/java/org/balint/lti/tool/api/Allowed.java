package org.balint.lti.tool.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of one endpoint of the JSON API: the callers it admits. Required on every resource
 * method of the API; {@link ApiFilter} refuses a request to a method without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allowed {

    /** The kinds of caller let in; any one suffices. */
    Access[] value();
}
