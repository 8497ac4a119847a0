/**
 * What the course pages and the launch sessions share: the key of a placement (platform deployment,
 * course and resource link) a launch comes from, and the tool's small JDBC helpers (one transaction
 * per store operation, SHA-256 digests for keys that must stay short).
 */
package org.balint.lti.tool.placement;
