package org.balint.lti.tool.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.AttendanceSheets;
import org.balint.core.certificate.Certificate;
import org.balint.core.certificate.Certificates;
import org.balint.core.certificate.RecordRetention;
import org.balint.core.credit.CompletionSharingConsent;
import org.balint.core.credit.CompletionSharingConsents;
import org.balint.core.credit.CreditClaim;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditRecords;
import org.balint.core.credit.CreditType;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Groups;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.persistence.tenant.Tenant;

/** The records of one tenant and one group, in memory; the tenant is not checked here (the bindings are per platform). */
final class InMemoryDocumentRecords implements DocumentRecords {
    final Map<GroupId, BalintGroup> groups = new HashMap<>();
    final List<CreditRecord> credit = new ArrayList<>();
    final List<Certificate> certificates = new ArrayList<>();
    final Map<MemberId, CompletionSharingConsent> answers = new LinkedHashMap<>();
    final List<AttendanceSheet> sheets = new ArrayList<>();

    @Override
    public <T> T inTransaction(Tenant tenant, Function<DocumentStores, T> work) {
        Groups groupPort = new Groups() {
            @Override
            public Optional<BalintGroup> find(GroupId id) {
                return Optional.ofNullable(groups.get(id));
            }

            @Override
            public void save(BalintGroup group) {
                groups.put(group.id(), group);
            }
        };
        CreditRecords creditPort = new CreditRecords() {
            @Override
            public CreditRecord record(GroupId group, CreditDecision decision, Instant decidedAt) {
                CreditRecord kept = find(group, decision.member(), decision.type())
                        .map(before -> before.after(decision, decidedAt))
                        .orElseGet(() -> CreditRecord.of(group, decision, decidedAt));
                credit.removeIf(r -> r.group().equals(group) && r.member().equals(kept.member()) && r.type() == kept.type());
                credit.add(kept);
                return kept;
            }

            @Override
            public Validated<CreditRecord> recordClaim(GroupId group, CreditClaim claim, Instant claimedAt) {
                Validated<CreditRecord> claimed = find(group, claim.member(), claim.type())
                        .map(r -> r.withClaim(claim, claimedAt))
                        .orElseGet(() -> Validated.invalid(Violation.of("no-credit-decision-recorded", "none recorded")));
                claimed.map(r -> {
                    credit.removeIf(k -> k.group().equals(group) && k.member().equals(r.member()) && k.type() == r.type());
                    return credit.add(r);
                });
                return claimed;
            }

            @Override
            public Optional<CreditRecord> find(GroupId group, MemberId member, CreditType type) {
                return ofGroup(group).stream().filter(r -> r.member().equals(member) && r.type() == type).findFirst();
            }

            @Override
            public List<CreditRecord> ofGroup(GroupId group) {
                return credit.stream().filter(r -> r.group().equals(group)).toList();
            }
        };
        Certificates certificatePort = new Certificates() {
            @Override
            public Validated<Certificate> save(GroupId group, Certificate certificate) {
                if (find(group, certificate.member(), certificate.type()).isPresent()) {
                    return Validated.invalid(Violation.of("certificate-already-issued", "already issued"));
                }
                certificates.add(certificate);
                return Validated.valid(certificate);
            }

            @Override
            public Optional<Certificate> find(GroupId group, MemberId member, CreditType type) {
                return certificates.stream().filter(c -> c.member().equals(member) && c.type() == type).findFirst();
            }

            @Override
            public List<Certificate> ofGroup(GroupId group) {
                return List.copyOf(certificates);
            }

            @Override
            public List<Certificate> pastRetention(RecordRetention retention, Instant at) {
                return List.of();
            }
        };
        CompletionSharingConsents sharingPort = new CompletionSharingConsents() {
            @Override
            public void record(CompletionSharingConsent answer) {
                answers.put(answer.member(), answer);
            }

            @Override
            public Optional<CompletionSharingConsent> find(GroupId group, MemberId member) {
                return Optional.ofNullable(answers.get(member)).filter(a -> a.group().equals(group));
            }

            @Override
            public List<CompletionSharingConsent> ofGroup(GroupId group) {
                return answers.values().stream().filter(a -> a.group().equals(group)).toList();
            }
        };
        AttendanceSheets attendancePort = new AttendanceSheets() {
            @Override
            public Optional<AttendanceSheet> find(GroupId group, SessionNumber session) {
                return sheets.stream().filter(s -> s.number().equals(session)).findFirst();
            }

            @Override
            public List<AttendanceSheet> findAll(GroupId group) {
                return List.copyOf(sheets);
            }

            @Override
            public void save(AttendanceSheet sheet) {
                sheets.removeIf(s -> s.number().equals(sheet.number()));
                sheets.add(sheet);
            }
        };
        return work.apply(new DocumentStores(groupPort, creditPort, certificatePort, sharingPort, attendancePort));
    }
}
