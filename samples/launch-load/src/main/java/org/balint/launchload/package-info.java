/**
 * A launch load test for an LTI 1.3 tool: closed-loop virtual users drive complete resource-link
 * launches through the dev platform ({@code org.balint.devplatform}) into a running tool and the
 * run reports launches per second, latency percentiles and errors by kind.
 *
 * <p>{@link org.balint.launchload.LaunchLoad} is the program; {@link org.balint.launchload.LoadSettings}
 * its bounded, loopback-only options; {@link org.balint.launchload.LaunchFlow} one launch as a
 * browser does it; {@link org.balint.launchload.LatencySummary} and
 * {@link org.balint.launchload.LoadReport} the statistics and the report.
 */
package org.balint.launchload;
