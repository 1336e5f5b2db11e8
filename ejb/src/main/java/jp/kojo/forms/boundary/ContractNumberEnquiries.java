package jp.kojo.forms.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.kojo.audit.control.AuditTarget;
import jp.kojo.audit.control.AuditTrail;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.forms.control.EnquiryReplyPdfWriter;
import jp.kojo.forms.control.FormFill;
import jp.kojo.organization.entity.Organization;
import jp.kojo.platform.Roles;

/**
 * 契約番号照会 (bank operators): an organisation that lost its contract number asks on paper (契約番号照会依頼書); the
 * bank finds it by name, kana and branch and prints the reply letter. Each reply is audited with the request's
 * reference.
 */
@Stateless
@RolesAllowed(Roles.BANK_OPERATOR)
public class ContractNumberEnquiries {
    static final int MAX_FOUND = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Organisations whose name and kana contain what is given, of the branch when given; at most 50. */
    public List<EnquiryMatch> find(String name, String kana, String branchCode) {
        String n = text(name);
        String k = text(kana);
        String b = text(branchCode);
        if (n == null && k == null) {
            return List.of();
        }
        String where = " WHERE 1 = 1" + (n == null ? "" : " AND o.name LIKE :name")
                + (k == null ? "" : " AND o.nameKana LIKE :kana") + (b == null ? "" : " AND o.branch.code = :branch");
        TypedQuery<Organization> query = em.createQuery("SELECT o FROM Organization o" + where
                + " ORDER BY o.nameKana, o.contractNumber", Organization.class);
        if (n != null) {
            query.setParameter("name", "%" + like(n) + "%");
        }
        if (k != null) {
            query.setParameter("kana", "%" + like(k) + "%");
        }
        if (b != null) {
            query.setParameter("branch", b);
        }
        return query.setMaxResults(MAX_FOUND).getResultStream()
                .map(o -> new EnquiryMatch(o.getId(), o.getContractNumber(), o.getName(), o.getNameKana(),
                        o.getBranch().getCode(), o.getBranch().getName()))
                .toList();
    }

    /** The A4 reply letter for the contract, dated today; recorded with the request's reference and reason. */
    public EnquiryReply reply(String contractNumber, String reference, String reason) {
        Organization organization = text(contractNumber) == null ? null : em.createQuery(
                        "SELECT o FROM Organization o WHERE o.contractNumber = :contract", Organization.class)
                .setParameter("contract", text(contractNumber)).getResultStream().findFirst().orElse(null);
        if (organization == null) {
            return EnquiryReply.refused(EnquiryReply.Refusal.NO_SUCH_ORGANIZATION);
        }
        if (text(reference) == null) {
            return EnquiryReply.refused(EnquiryReply.Refusal.REFERENCE_MISSING);
        }
        if (text(reason) == null) {
            return EnquiryReply.refused(EnquiryReply.Refusal.REASON_MISSING);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            EnquiryReplyPdfWriter.write(FormFill.of(organization, LocalDate.now(clock)), text(reference), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.CONTRACT_NUMBER_ENQUIRY_ANSWERED, AuditTarget.organization(organization.getId(),
                organization.getContractNumber()), reason, reference, organization.getName());
        return new EnquiryReply(null, "contract-number-reply-" + organization.getContractNumber() + ".pdf",
                pdf.toByteArray());
    }

    private static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
