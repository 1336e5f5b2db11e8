package jp.kojo.certificate.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.certificate.entity.ClientCertificate;

/** Issues a user a client certificate and registers it, so it is usable at once. */
@Dependent
public class CertificateIssuer {
    /** 電子証明書の有効期間: 366 days. */
    public static final Duration VALIDITY = Duration.ofDays(366);

    @Inject
    KojoCa ca;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    public IssuedCertificate issue(UserAccount user) {
        IssuedCertificate issued = ca.authority().issueClientCertificate(user.getLoginId(), user.getDisplayName(),
                VALIDITY);
        ZoneId zone = clock.getZone();
        em.persist(new ClientCertificate(user, issued.serialHex(),
                issued.certificate().getSubjectX500Principal().getName(),
                LocalDateTime.ofInstant(issued.certificate().getNotBefore().toInstant(), zone),
                LocalDateTime.ofInstant(issued.certificate().getNotAfter().toInstant(), zone)));
        return issued;
    }
}
