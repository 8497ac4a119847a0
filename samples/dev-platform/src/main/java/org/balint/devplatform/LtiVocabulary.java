package org.balint.devplatform;

import java.util.List;

/**
 * The names of the LTI 1.3, Deep Linking 2.0, AGS 2.0 and NRPS 2.0 claims, role vocabularies and
 * scopes the platform uses, kept in one place.
 */
final class LtiVocabulary {

    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";
    static final String INSTITUTION_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/institution/person";
    static final String SYSTEM_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/system/person";
    static final String COURSE_OFFERING = "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering";

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = LTI + "message_type";
    static final String VERSION = LTI + "version";
    static final String DEPLOYMENT_ID = LTI + "deployment_id";
    static final String TARGET_LINK_URI = LTI + "target_link_uri";
    static final String RESOURCE_LINK = LTI + "resource_link";
    static final String ROLES = LTI + "roles";
    static final String CONTEXT = LTI + "context";
    static final String TOOL_PLATFORM = LTI + "tool_platform";
    static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
    static final String CUSTOM = LTI + "custom";
    static final String LIS = LTI + "lis";

    static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    static final String LTI_VERSION = "1.3.0";

    static final String SCOPE_LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String SCOPE_LINE_ITEM_READ_ONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    static final String SCOPE_RESULT_READ_ONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String SCOPE_MEMBERSHIP_READ_ONLY =
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** The AGS scopes a launch offers, in the order Moodle lists them. */
    static final List<String> AGS_SCOPES =
            List.of(SCOPE_LINE_ITEM, SCOPE_LINE_ITEM_READ_ONLY, SCOPE_RESULT_READ_ONLY, SCOPE_SCORE);

    /** Every service scope the platform grants: AGS and NRPS. */
    static final List<String> SERVICE_SCOPES = List.of(SCOPE_LINE_ITEM, SCOPE_LINE_ITEM_READ_ONLY,
            SCOPE_RESULT_READ_ONLY, SCOPE_SCORE, SCOPE_MEMBERSHIP_READ_ONLY);

    static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String DL_CONTENT_ITEMS = DL + "content_items";
    static final String DL_DATA = DL + "data";
    static final String DL_MSG = DL + "msg";
    static final String DL_ERROR_MSG = DL + "errormsg";
    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    static final String MEMBERSHIP_CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final String LINE_ITEM_CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String SCORE = "application/vnd.ims.lis.v1.score+json";
    static final String RESULT_CONTAINER = "application/vnd.ims.lis.v2.resultcontainer+json";

    private LtiVocabulary() {
    }
}
