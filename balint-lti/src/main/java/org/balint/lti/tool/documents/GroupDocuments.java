package org.balint.lti.tool.documents;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.credit.CompletionSharingConsent;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditType;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.tool.course.CourseBinding;
import org.balint.lti.tool.course.CourseBindings;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.Tenancy;
import org.balint.lti.tool.course.UserLink;
import org.balint.lti.tool.course.UserLinks;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.balint.persistence.tenant.Tenant;

/**
 * The documents of the group a launch session leads to, for the people allowed to have them:
 * <ul>
 *   <li>a member's own certificate (PDF) — nobody else's;</li>
 *   <li>the series calendar (.ics) — for the group's members and faculty;</li>
 *   <li>the credit roster and the PARS learner export (CSV) — for the group's faculty only;</li>
 *   <li>a member's answer about reporting their completion to PARS — the member's own.</li>
 * </ul>
 * Everything is looked up within the session's tenant (platform and deployment) and the group its
 * placement is bound to, so nothing crosses groups or platforms. Every refusal carries a reason code,
 * the HTTP status and a sentence that says what to do next.
 */
public final class GroupDocuments {

    /** The form field naming the kind of credit of the certificate wanted (optional). */
    public static final String CREDIT_TYPE = "credit_type";
    /** The form field naming whose certificate is wanted (optional; only one's own is given). */
    public static final String MEMBER = "member";
    /** The form field with the series' ACCME activity id for the PARS export (optional). */
    public static final String ACCME_ACTIVITY_ID = "accme_activity_id";
    /** The form field with a member's answer about reporting their completion: {@code yes} or {@code no}. */
    public static final String SHARE_COMPLETION = "share_completion";

    private final CourseBindings bindings;
    private final UserLinks users;
    private final DocumentRecords records;
    private final MemberCertificates certificates;
    private final String uidDomain;
    private final Clock clock;

    /**
     * @param uidDomain the host the calendar's event UIDs end in (the tool's host)
     */
    public GroupDocuments(CourseBindings bindings, UserLinks users, DocumentRecords records,
            MemberCertificates certificates, String uidDomain, Clock clock) {
        this.bindings = Objects.requireNonNull(bindings, "bindings");
        this.users = Objects.requireNonNull(users, "users");
        this.records = Objects.requireNonNull(records, "records");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.uidDomain = Objects.requireNonNull(uidDomain, "uidDomain");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The session's own certificate, of {@code creditType} when named: the one issued before, or one
     * issued now from the member's recorded credit decision ({@link MemberCertificates}), or the reason
     * there is none and what is still needed. Asking for another member's certificate is refused with
     * {@code not-your-certificate}.
     */
    public DocumentAnswer certificate(ActiveSession active, Optional<String> member, Optional<String> creditType) {
        return withPlace(active, place -> {
            if (member.isPresent() && !member.get().isBlank() && !member.get().strip().equals(place.person().value())) {
                return new DocumentAnswer.Refused("not-your-certificate", 403, "A certificate can only be downloaded by the"
                        + " member it was issued to. Ask that member, or the provider's continuing-education office, for a copy.");
            }
            if (!place.group().isMember(place.person())) {
                return new DocumentAnswer.Refused("not-a-member", 403, "Only members of this Balint group have certificates"
                        + " here. If you took part as a member, open the activity from your course with your own account.");
            }
            Optional<CreditType> type = Optional.empty();
            if (creditType.isPresent() && !creditType.get().isBlank()) {
                type = creditType(creditType.get());
                if (type.isEmpty()) {
                    return new DocumentAnswer.Refused("credit-type-unknown", 400, "\"" + creditType.get() + "\" is not a"
                            + " kind of credit. Use one of " + Arrays.toString(CreditType.values()) + ", or leave it out.");
                }
            }
            Optional<CreditType> wanted = type;
            MemberCertificates platformCertificates = certificates.forPlatform(active.session().course().deployment());
            CertificateStanding standing = records.inTransaction(place.tenant(), stores -> {
                if (wanted.isPresent() && wanted.get() != LeaderCredit.TYPE) {
                    return stores.certificates().find(place.group().id(), place.person(), wanted.get())
                            .<CertificateStanding>map(CertificateStanding.Issued::new)
                            .orElseGet(() -> new CertificateStanding.Unavailable("no-certificate-yet", 404, "You have no"
                                    + " certificate of " + wanted.get().label() + " for this group. Balint issues"
                                    + " certificates of " + LeaderCredit.TYPE.label() + " here; ask your group's leader"
                                    + " about other kinds of credit."));
                }
                return platformCertificates.issue(stores, place.group(), place.person());
            });
            if (standing instanceof CertificateStanding.Issued issued) {
                return new DocumentAnswer.File(CertificatePdf.fileName(issued.certificate()), CertificatePdf.MEDIA_TYPE,
                        CertificatePdf.of(place.group().id(), issued.certificate(), place.group().schedule().zone()));
            }
            CertificateStanding.Unavailable unavailable = (CertificateStanding.Unavailable) standing;
            return new DocumentAnswer.Refused(unavailable.code(), unavailable.status(), unavailable.message());
        });
    }

    /**
     * Where the session's own certificate stands, without issuing it: for the member's home page, which
     * offers the download only when there is a certificate to give and says why otherwise.
     */
    public CertificateStanding certificateStanding(ActiveSession active) {
        Objects.requireNonNull(active, "active");
        MemberCertificates platformCertificates = certificates.forPlatform(active.session().course().deployment());
        return place(active.session()).map(place -> place.group().isMember(place.person())
                ? records.inTransaction(place.tenant(), stores -> platformCertificates.standing(stores, place.group(),
                        place.person()))
                : new CertificateStanding.Unavailable("not-a-member", 403, "Only members of this Balint group have"
                        + " certificates here."))
                .orElseGet(() -> new CertificateStanding.Unavailable("group-not-set-up", 404, "This activity has no"
                        + " Balint group for your account yet, so there is no certificate."));
    }

    /** The series calendar, for the group's members and faculty. */
    public DocumentAnswer calendar(ActiveSession active) {
        return withPlace(active, place -> {
            if (!place.group().isMember(place.person()) && !place.group().faculty().includes(place.person())) {
                return new DocumentAnswer.Refused("not-in-group", 403, "The calendar is for the group's members and"
                        + " leaders. Register for the group first: open the activity from your course and fill in the"
                        + " registration form.");
            }
            return new DocumentAnswer.File(SeriesCalendar.fileName(place.group()), SeriesCalendar.MEDIA_TYPE,
                    SeriesCalendar.of(place.group(), uidDomain, clock.instant()));
        });
    }

    /** The credit roster, for the group's faculty. */
    public DocumentAnswer creditRoster(ActiveSession active) {
        return withPlace(active, place -> {
            Optional<DocumentAnswer> refused = leadersOnly(active.session(), place);
            if (refused.isPresent()) {
                return refused.get();
            }
            List<CreditRecord> credit = records.inTransaction(place.tenant(),
                    stores -> stores.credit().ofGroup(place.group().id()));
            return new DocumentAnswer.File(CreditRoster.fileName(place.group()), CreditRoster.MEDIA_TYPE,
                    CreditRoster.of(place.group(), credit));
        });
    }

    /** The PARS learner export of the members who agreed to be reported, for the group's faculty. */
    public DocumentAnswer parsExport(ActiveSession active, String accmeActivityId) {
        Objects.requireNonNull(accmeActivityId, "accmeActivityId");
        return withPlace(active, place -> {
            Optional<DocumentAnswer> refused = leadersOnly(active.session(), place);
            if (refused.isPresent()) {
                return refused.get();
            }
            String activityId = accmeActivityId.strip();
            if (!activityId.matches("[0-9]{0,20}")) {
                return new DocumentAnswer.Refused("accme-activity-id-invalid", 400, "The ACCME activity ID is the number"
                        + " PARS gave the activity (digits only, e.g. 202612345): enter it again, or leave it empty and fill"
                        + " it in before uploading.");
            }
            Export export = records.inTransaction(place.tenant(), stores -> new Export(
                    stores.credit().ofGroup(place.group().id()), stores.sharing().agreedIn(place.group().id())));
            return new DocumentAnswer.File(ParsLearnerExport.fileName(place.group()), ParsLearnerExport.MEDIA_TYPE,
                    ParsLearnerExport.of(place.group(), activityId, export.credit(), export.agreed()));
        });
    }

    /** Records the member's answer about reporting their completion of the series. */
    public DocumentAnswer answerSharing(ActiveSession active, String answer) {
        Objects.requireNonNull(answer, "answer");
        return withPlace(active, place -> {
            if (!place.group().isMember(place.person())) {
                return new DocumentAnswer.Refused("not-a-member", 403, "Only members of this Balint group decide about"
                        + " reporting their completion. Register for the group first: open the activity from your course.");
            }
            String value = answer.strip().toLowerCase(Locale.ROOT);
            if (!value.equals("yes") && !value.equals("no")) {
                return new DocumentAnswer.Refused("share-completion-answer-missing", 400, "Choose yes or no: may the"
                        + " provider report your completion of this series to the accreditor's learner reporting (PARS)?");
            }
            boolean given = value.equals("yes");
            records.inTransaction(place.tenant(), stores -> {
                stores.sharing().record(new CompletionSharingConsent(place.group().id(), place.person(), given,
                        clock.instant()));
                return null;
            });
            return given
                    ? new DocumentAnswer.Done("Your completion will be reported", "The provider may now report your"
                            + " completion of this series (name, date and credit claimed) to the accreditor's learner"
                            + " reporting (PARS). You can withdraw this at any time from the same form.")
                    : new DocumentAnswer.Done("Your completion will not be reported", "The provider will not report your"
                            + " completion of this series to the accreditor's learner reporting (PARS). Your credit and"
                            + " certificate are not affected.");
        });
    }

    private static Optional<DocumentAnswer> leadersOnly(LaunchSession session, Place place) {
        if (!session.isLeader() || !place.group().faculty().includes(place.person())) {
            return Optional.of(new DocumentAnswer.Refused("leaders-only", 403, "Only the group's leaders can download the"
                    + " credit roster and the PARS export. If you lead this group, open the activity from your course with"
                    + " your leader account and join its faculty first."));
        }
        return Optional.empty();
    }

    private static Optional<CreditType> creditType(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(CreditType.values()).filter(type -> type.name().equals(wanted)).findFirst();
    }

    /** Looks up the session's person and group, then runs {@code work}; answers why when either is missing. */
    private DocumentAnswer withPlace(ActiveSession active, java.util.function.Function<Place, DocumentAnswer> work) {
        Objects.requireNonNull(active, "active");
        LaunchSession session = active.session();
        if (person(session).isEmpty()) {
            return new DocumentAnswer.Refused("session-unknown", 401, "This page's session no longer matches your"
                    + " account. Launch Balint again from your course: open the activity in the LMS.");
        }
        Optional<Place> place = place(session);
        if (place.isEmpty()) {
            return new DocumentAnswer.Refused("group-not-set-up", 404, "This activity has no Balint group yet, so there are"
                    + " no documents. Ask the leader to open the activity and set the group up.");
        }
        return work.apply(place.get());
    }

    private Optional<MemberId> person(LaunchSession session) {
        return users.find(new LmsUser(session.course().deployment().issuer(),
                session.course().deployment().clientId(), session.subject(), Optional.empty(), Optional.empty()))
                .map(UserLink::member);
    }

    /** The session's person and the group of its placement; empty when either is missing. */
    private Optional<Place> place(LaunchSession session) {
        Optional<MemberId> person = person(session);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Tenant tenant = Tenancy.of(session.course().deployment());
        Optional<GroupId> bound = bindings.find(session.course()).map(CourseBinding::group);
        return bound.flatMap(id -> records.inTransaction(tenant, stores -> stores.groups().find(id)))
                .map(group -> new Place(tenant, group, person.get()));
    }

    private record Place(Tenant tenant, BalintGroup group, MemberId person) {
    }

    private record Export(List<CreditRecord> credit, Set<MemberId> agreed) {
    }
}
