package jp.kojo.deduction.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.deduction.entity.OrganizationCycle;

/**
 * Makes an organisation's cycle in a transaction of its own, so that when two first visits race, the loser's
 * unique-key violation ends only this transaction and the caller finds the winner's row.
 */
@Stateless
@PermitAll
public class OrganizationCycleCreator {
    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(long organizationId, long cycleId, LocalDate paymentDate, LocalDate cutOffDate) {
        em.persist(new OrganizationCycle(organizationId, em.find(DeductionCycle.class, cycleId), paymentDate, cutOffDate));
        em.flush();
    }
}
