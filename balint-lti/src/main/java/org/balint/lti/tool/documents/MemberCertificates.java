package org.balint.lti.tool.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.balint.lti.protocol.message.PlatformDeployment;
import java.util.Optional;
import java.util.stream.Collectors;
import org.balint.core.certificate.Activity;
import org.balint.core.certificate.Certificate;
import org.balint.core.certificate.CertificateIssuer;
import org.balint.core.credit.CreditClaim;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditType;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.gradebook.LeaderCredit;

/**
 * A member's certificate, issued the first time they download it. The certificate states the credit
 * decision their leader recorded ({@link LeaderCredit#record}), once the series is over and only while
 * that decision still matches the attendance sheets: the member claims the credit the decision awards,
 * the claim is recorded beside the decision, and the certificate is kept, all in the caller's
 * transaction. A certificate once issued is given again as it was issued.
 *
 * <p>Every case without a certificate is answered with a reason code and a sentence saying what is still
 * needed: credit not decided yet, the series not over, not eligible (with each unmet rule's reason),
 * the decision out of date, or certificates not configured by the provider.
 */
public final class MemberCertificates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private final CertificateSettings settings;
    private final Function<PlatformDeployment, Optional<CertificateSettings>> platformSettings;
    private final Clock clock;

    /** Certificates under the provider's {@code settings} for every platform, dated by {@code clock}. */
    public MemberCertificates(CertificateSettings settings, Clock clock) {
        this(settings, launched -> Optional.empty(), clock);
    }

    /**
     * Certificates under the settings an administrator saved for the platform a member launched from
     * ({@code platformSettings}), or under the server's {@code settings} where none were saved.
     */
    public MemberCertificates(CertificateSettings settings,
            Function<PlatformDeployment, Optional<CertificateSettings>> platformSettings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.platformSettings = Objects.requireNonNull(platformSettings, "platformSettings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The certificates of members who launched through {@code launched}: its own settings when it has them. */
    public MemberCertificates forPlatform(PlatformDeployment launched) {
        return new MemberCertificates(platformSettings.apply(launched).orElse(settings), clock);
    }

    /** Where {@code member}'s certificate for {@code group} stands; reads only. */
    public CertificateStanding standing(DocumentStores stores, BalintGroup group, MemberId member) {
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Optional<Certificate> issued = Arrays.stream(CreditType.values())
                .map(type -> stores.certificates().find(group.id(), member, type)).flatMap(Optional::stream).findFirst();
        if (issued.isPresent()) {
            return new CertificateStanding.Issued(issued.get());
        }
        Instant now = clock.instant();
        ZoneId zone = group.schedule().zone();
        Instant seriesEnd = group.schedule().sessions().get(group.schedule().sessions().size() - 1).end();
        String lastDay = DAY.format(seriesEnd.atZone(zone));
        Optional<CreditRecord> recorded = stores.credit().find(group.id(), member, LeaderCredit.TYPE);
        if (recorded.isEmpty()) {
            return new CertificateStanding.Unavailable("no-certificate-yet", 404, now.isBefore(seriesEnd)
                    ? "Your credit is not decided yet: it is decided from your attendance after the last session, on "
                            + lastDay + ". Attend the remaining sessions; your certificate can be downloaded here once your"
                            + " leader has recorded the group's credit."
                    : "Your credit is not decided yet: the series ended on " + lastDay + ", and your leader has not"
                            + " recorded the group's credit. Ask your group's leader to record it; then download your"
                            + " certificate here.");
        }
        CreditRecord record = recorded.get();
        if (!record.eligible()) {
            return new CertificateStanding.Unavailable("not-eligible-for-credit", 404, "Your credit decision does not"
                    + " award " + LeaderCredit.TYPE.label() + ", so there is no certificate: " + record.reasons().stream()
                            .map(Violation::message).collect(Collectors.joining(" "))
                    + " If your attendance was recorded wrongly, ask your group's leader to correct it and record the"
                    + " credit again.");
        }
        if (now.isBefore(record.seriesEnd())) {
            return new CertificateStanding.Unavailable("series-not-over", 409, "Your certificate is issued after the"
                    + " last session, on " + lastDay + ", once your leader has recorded the final credit. Come back"
                    + " then.");
        }
        if (settings.provider().isEmpty() || settings.statements().forType(LeaderCredit.TYPE).isEmpty()) {
            return new CertificateStanding.Unavailable("certificates-not-configured", 503, "Your credit is decided, but"
                    + " certificates cannot be issued yet: the provider's name and the accreditation statement for "
                    + LeaderCredit.TYPE.label() + " are not configured in Balint. Ask your group's leader to have the"
                    + " administrator configure them; your credit decision is kept meanwhile.");
        }
        Optional<CreditDecision.Eligible> current = LeaderCredit.decisionOf(group, stores.attendance().findAll(group.id()),
                member).filter(CreditDecision.Eligible.class::isInstance).filter(decision -> CreditRecord.of(group.id(), decision, record.decidedAt()).saysTheSameAs(record))
                .map(CreditDecision.Eligible.class::cast);
        if (current.isEmpty()) {
            return new CertificateStanding.Unavailable("credit-decision-outdated", 409, "Your attendance changed after"
                    + " your credit was recorded, so the recorded decision is out of date. Ask your group's leader to"
                    + " record the credit again, then download your certificate.");
        }
        Validated<CreditClaim> claim = record.claim()
                .map(claimed -> current.get().claim(claimed.credit()))
                .orElseGet(() -> current.get().claimAll());
        if (!claim.isValid()) {
            return unavailable(claim.violations().get(0));
        }
        return new CertificateStanding.Issuable(claim.orElseThrow());
    }

    /**
     * {@code member}'s certificate: the one issued before, or one issued now (the claim recorded and the
     * certificate kept in the caller's transaction), or the reason there is none.
     */
    public CertificateStanding issue(DocumentStores stores, BalintGroup group, MemberId member) {
        CertificateStanding standing = standing(stores, group, member);
        if (!(standing instanceof CertificateStanding.Issuable issuable)) {
            return standing;
        }
        CreditClaim claim = issuable.claim();
        Member person = group.members().stream().filter(m -> m.id().equals(member)).findFirst().orElseThrow();
        Validated<Activity> activity = Activity.of(group.title(), settings.format(), group.schedule().sessions(),
                group.schedule().zone());
        if (!activity.isValid()) {
            return unavailable(activity.violations().get(0));
        }
        Instant now = clock.instant();
        if (stores.credit().find(group.id(), member, claim.type()).flatMap(CreditRecord::claim).isEmpty()) {
            Validated<CreditRecord> claimed = stores.credit().recordClaim(group.id(), claim, now);
            if (!claimed.isValid()) {
                return unavailable(claimed.violations().get(0));
            }
        }
        Validated<Certificate> certificate = new CertificateIssuer(settings.provider().orElseThrow(),
                settings.statements(), clock).issue(person, activity.orElseThrow(), claim)
                .flatMap(made -> stores.certificates().save(group.id(), made));
        if (!certificate.isValid()) {
            return unavailable(certificate.violations().get(0));
        }
        return new CertificateStanding.Issued(certificate.orElseThrow());
    }

    private static CertificateStanding unavailable(Violation violation) {
        return new CertificateStanding.Unavailable(violation.code(), 409, violation.message()
                + " Ask your group's leader; nothing was issued.");
    }
}
