/**
 * What an accepted LTI launch means in Balint: the platform's roles become Balint's roles (group
 * leader, group member, administrator), and the launch becomes the greeting a person sees when Balint
 * opens in their course.
 */
package org.balint.lti.tool.launch;
