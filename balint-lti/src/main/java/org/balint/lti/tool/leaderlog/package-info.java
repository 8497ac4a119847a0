/**
 * A leader's own development log, kept through the core's
 * {@link org.balint.core.leadership.LeaderLogbook}: sessions they led or co-led in their group,
 * sessions a supervisor supervised, intensives they attended, and their progress on the credentialing
 * pathway in plain words. The leader is identified by their Balint person (the user link of their
 * launch); each leader sees and writes only their own log. Free of HTTP: the page and the JSON API call
 * the same {@link org.balint.lti.tool.leaderlog.LeaderLogs}.
 */
package org.balint.lti.tool.leaderlog;
