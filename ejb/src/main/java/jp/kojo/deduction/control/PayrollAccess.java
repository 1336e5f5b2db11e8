package jp.kojo.deduction.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.deduction.boundary.NoSuchCycleException;
import jp.kojo.deduction.boundary.PayrollRefusal;
import jp.kojo.deduction.boundary.PayrollRefusedException;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.deduction.entity.DeductionLine;
import jp.kojo.deduction.entity.ResultUpload;
import jp.kojo.organization.entity.ServiceKind;

/**
 * The fence of the payroll type: the caller's organisation must use 賃金控除型, and a cycle, line or upload of
 * another organisation answers exactly like one that does not exist.
 */
@Dependent
public class PayrollAccess {
    @PersistenceContext
    EntityManager em;

    public UserAccount user(String loginId) {
        return em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", loginId)
                .getResultStream().findFirst()
                .filter(u -> u.getOrganization() != null && DeductionRights.mayView(u))
                .orElseThrow(() -> new EJBAccessException("No organisation user behind the caller"));
    }

    public static boolean payroll(UserAccount user) {
        return user.getOrganization().getServices().contains(ServiceKind.PAYROLL);
    }

    public DeductionCycle ownCycle(UserAccount user, long cycleId) {
        DeductionCycle cycle = em.find(DeductionCycle.class, cycleId);
        if (cycle == null || !payroll(user) || !new PayrollLineQuery(em, user.getOrganization().getId(), cycleId).any()) {
            throw new NoSuchCycleException(cycleId);
        }
        return cycle;
    }

    public DeductionLine ownLine(UserAccount user, long lineId) {
        DeductionLine line = em.find(DeductionLine.class, lineId);
        if (line == null || !payroll(user) || !line.getOrganizationId().equals(user.getOrganization().getId())) {
            throw new PayrollRefusedException(PayrollRefusal.NO_SUCH_LINE);
        }
        return line;
    }

    public ResultUpload ownUpload(UserAccount user, long uploadId) {
        ResultUpload upload = em.find(ResultUpload.class, uploadId);
        if (upload == null || !payroll(user) || !upload.getOrganizationId().equals(user.getOrganization().getId())) {
            throw new PayrollRefusedException(PayrollRefusal.NO_SUCH_UPLOAD);
        }
        return upload;
    }
}
