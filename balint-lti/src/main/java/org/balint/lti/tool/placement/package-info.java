/**
 * What the course pages and the launch sessions share: the key of a placement (platform deployment,
 * course and resource link) a launch comes from, and SHA-256 digests for keys that must stay short.
 * Their stores run one transaction per operation with {@link org.balint.lti.protocol.store.Jdbc}.
 */
package org.balint.lti.tool.placement;
