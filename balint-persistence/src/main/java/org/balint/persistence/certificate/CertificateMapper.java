package org.balint.persistence.certificate;

import java.util.List;
import org.balint.core.certificate.Activity;
import org.balint.core.certificate.Certificate;
import org.balint.core.certificate.Certificates;
import org.balint.core.certificate.Provider;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.persistence.credit.AwardColumns;
import org.balint.persistence.tenant.TenantScope;

/** Maps a {@link Certificate} to its rows and back; the rows read back as exactly the certificate written. */
final class CertificateMapper {

    private CertificateMapper() {
    }

    static CertificateEntity toNewEntity(TenantScope owner, GroupId group, Certificate certificate) {
        CertificateEntity entity = new CertificateEntity(owner);
        entity.groupId = group.value();
        entity.memberId = certificate.member().value();
        entity.memberName = certificate.memberName();
        entity.providerName = certificate.provider().name();
        entity.activityTitle = certificate.activity().title();
        entity.activityFormat = certificate.activity().format();
        entity.firstDate = certificate.activity().firstDate();
        entity.lastDate = certificate.activity().lastDate();
        entity.creditType = certificate.type();
        entity.certified = AwardColumns.of(certificate.certified());
        entity.issuedAt = certificate.issuedAt();
        entity.seriesEndsAt = Certificates.seriesEnd(certificate);
        List<String> statements = certificate.statements();
        for (int i = 0; i < statements.size(); i++) {
            String wording = statements.get(i);
            if (wording.length() > StatementEntity.MAX_WORDING) {
                throw new IllegalArgumentException("certificate statement " + (i + 1) + " has " + wording.length()
                        + " characters; at most " + StatementEntity.MAX_WORDING + " are kept");
            }
            entity.statements.add(new StatementEntity(owner, entity, i, wording));
        }
        return entity;
    }

    static Certificate toCertificate(CertificateEntity entity) {
        return new Certificate(new MemberId(entity.memberId), entity.memberName, new Provider(entity.providerName),
                new Activity(entity.activityTitle, entity.activityFormat, entity.firstDate, entity.lastDate),
                entity.creditType, entity.certified.award(),
                entity.statements.stream().map(row -> row.wording).toList(), entity.issuedAt);
    }
}
