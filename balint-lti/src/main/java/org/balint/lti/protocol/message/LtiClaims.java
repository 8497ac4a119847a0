package org.balint.lti.protocol.message;

/**
 * The names of the id_token claims an LTI 1.3 tool reads, in one place.
 *
 * <p>OpenID Connect claims use their registered short names; LTI claims are namespaced URIs from
 * <a href="https://www.imsglobal.org/spec/lti/v1p3/#required-message-claims">LTI Core 1.3</a>,
 * Deep Linking 2.0, AGS 2.0 and NRPS 2.0.
 */
public final class LtiClaims {

    /** Issuer: the platform's identifier (Moodle: its site URL; Canvas: {@code https://canvas.instructure.com}). */
    public static final String ISSUER = "iss";
    /** Audience: the tool's client_id, as a string or an array. */
    public static final String AUDIENCE = "aud";
    /** Authorized party: the client_id the token was issued to; required when there are several audiences. */
    public static final String AUTHORIZED_PARTY = "azp";
    /** Subject: the platform's stable user id; absent only for anonymous launches. */
    public static final String SUBJECT = "sub";
    /** Expiry time, seconds since the epoch. */
    public static final String EXPIRES = "exp";
    /** Issue time, seconds since the epoch. */
    public static final String ISSUED_AT = "iat";
    /** Not-before time, seconds since the epoch (optional). */
    public static final String NOT_BEFORE = "nbf";
    /** The nonce the tool sent in its authentication request. */
    public static final String NONCE = "nonce";
    /** Full name of the user. */
    public static final String NAME = "name";
    /** Given name of the user. */
    public static final String GIVEN_NAME = "given_name";
    /** Family name of the user. */
    public static final String FAMILY_NAME = "family_name";
    /** E-mail address of the user. */
    public static final String EMAIL = "email";
    /** Picture URL of the user. */
    public static final String PICTURE = "picture";
    /** Preferred locale of the user (OpenID Connect). */
    public static final String LOCALE = "locale";

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    /** The LTI message type, e.g. {@code LtiResourceLinkRequest}. */
    public static final String MESSAGE_TYPE = LTI + "message_type";
    /** The LTI version; {@code 1.3.0}. */
    public static final String VERSION = LTI + "version";
    /** The deployment of the tool inside the platform. */
    public static final String DEPLOYMENT_ID = LTI + "deployment_id";
    /** The URL the platform asked to launch; must match the login initiation's. */
    public static final String TARGET_LINK_URI = LTI + "target_link_uri";
    /** The resource link (the placement of the tool in a course). */
    public static final String RESOURCE_LINK = LTI + "resource_link";
    /** The roles of the user, as URIs (or deprecated short names). */
    public static final String ROLES = LTI + "roles";
    /** The context (usually a course or course section). */
    public static final String CONTEXT = LTI + "context";
    /** The platform instance (product, version, guid). */
    public static final String TOOL_PLATFORM = LTI + "tool_platform";
    /** How the platform will show the tool (iframe, window) and where to return. */
    public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
    /** Custom parameters configured for the link or the tool. */
    public static final String CUSTOM = LTI + "custom";
    /** Learning Information Services identifiers. */
    public static final String LIS = LTI + "lis";
    /** Users the launching user mentors. */
    public static final String ROLE_SCOPE_MENTOR = LTI + "role_scope_mentor";

    /** Assignment and Grade Services endpoint claim. */
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    /** Names and Role Provisioning Services claim. */
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    /** Deep Linking settings claim of an {@code LtiDeepLinkingRequest}. */
    public static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

    private LtiClaims() {
    }
}
