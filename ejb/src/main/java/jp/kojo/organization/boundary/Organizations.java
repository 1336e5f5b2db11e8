package jp.kojo.organization.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kojo.audit.control.AuditTarget;
import jp.kojo.audit.control.AuditTrail;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.organization.boundary.OrganizationProblem.Problem;
import jp.kojo.organization.control.ContractRules;
import jp.kojo.organization.entity.Branch;
import jp.kojo.organization.entity.ContractCutOff;
import jp.kojo.organization.entity.Organization;
import jp.kojo.organization.entity.OrganizationType;
import jp.kojo.organization.entity.ServiceKind;
import jp.kojo.platform.Roles;
import jp.kojo.platform.UniqueViolation;

/**
 * 団体・契約管理 (bank operators): organisations and their contracts — search, create, change. Every save needs a
 * reason and is audited with what changed; a refused save names each field and keeps nothing.
 */
@Stateless
@RolesAllowed(Roles.BANK_OPERATOR)
public class Organizations {
    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    public List<BranchView> branches() {
        return em.createQuery("SELECT b FROM Branch b ORDER BY b.code", Branch.class).getResultStream()
                .map(b -> new BranchView(b.getCode(), b.getName())).toList();
    }

    /**
     * Organisations whose contract number starts with, or whose name or kana contains, the text; of one branch when
     * given; contract number order, one page counted in the database.
     */
    public OrganizationListPage search(String text, String branchCode, int first, int size) {
        String t = ContractRules.strip(text);
        String branch = ContractRules.strip(branchCode);
        // Only the conditions given: a null parameter has no SQL type on PostgreSQL.
        String where = " WHERE 1 = 1" + (t == null ? "" : " AND (o.contractNumber LIKE :prefix OR o.name LIKE :part"
                + " OR o.nameKana LIKE :part)") + (branch == null ? "" : " AND o.branch.code = :branch");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM Organization o" + where, Long.class);
        TypedQuery<Organization> rows = em.createQuery("SELECT o FROM Organization o" + where
                + " ORDER BY o.contractNumber", Organization.class);
        for (TypedQuery<?> q : List.of(count, rows)) {
            if (t != null) {
                q.setParameter("prefix", like(t) + "%").setParameter("part", "%" + like(t) + "%");
            }
            if (branch != null) {
                q.setParameter("branch", branch);
            }
        }
        List<OrganizationSummary> page = rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, size))
                .getResultStream().map(Organizations::summary).toList();
        return new OrganizationListPage(page, count.getSingleResult());
    }

    /** One organisation as the form edits it. */
    public Optional<OrganizationForm> organization(long id) {
        Organization o = em.find(Organization.class, id);
        if (o == null) {
            return Optional.empty();
        }
        Map<ServiceKind, Integer> cutOffs = new EnumMap<>(ServiceKind.class);
        em.createQuery("SELECT c FROM ContractCutOff c WHERE c.organizationId = :org", ContractCutOff.class)
                .setParameter("org", id).getResultStream()
                .forEach(c -> cutOffs.put(c.getService(), c.getBusinessDaysBefore()));
        return Optional.of(new OrganizationForm(o.getId(), o.getContractNumber(), o.getName(), o.getNameKana(),
                o.getType().name(), o.getBranch().getCode(), o.getServices(), cutOffs));
    }

    /** Creates (id null) or changes an organisation; the reason is recorded in the audit log. */
    public OrganizationSaveResult save(OrganizationForm form, String reason) {
        List<OrganizationProblem> problems = new ArrayList<>(ContractRules.check(form));
        Optional<Branch> branch = em.createQuery("SELECT b FROM Branch b WHERE b.code = :code", Branch.class)
                .setParameter("code", String.valueOf(ContractRules.strip(form.branchCode())))
                .getResultStream().findFirst();
        if (ContractRules.strip(form.branchCode()) != null && branch.isEmpty()) {
            problems.add(new OrganizationProblem("branch", Problem.UNKNOWN_BRANCH));
        }
        String contract = ContractRules.strip(form.contractNumber());
        if (contract != null && problems.stream().noneMatch(p -> p.field().equals("contractNumber"))
                && !em.createQuery("SELECT o.id FROM Organization o WHERE o.contractNumber = :contract", Long.class)
                .setParameter("contract", contract).getResultStream()
                .filter(other -> !other.equals(form.id())).toList().isEmpty()) {
            problems.add(new OrganizationProblem("contractNumber", Problem.CONTRACT_NUMBER_TAKEN));
        }
        if (ContractRules.strip(reason) == null) {
            problems.add(new OrganizationProblem("reason", Problem.REQUIRED));
        }
        Organization existing = form.id() == null ? null
                : em.find(Organization.class, form.id(), LockModeType.PESSIMISTIC_WRITE);
        if (form.id() != null && existing == null) {
            problems.add(new OrganizationProblem("id", Problem.REQUIRED));
        }
        if (!problems.isEmpty()) {
            return OrganizationSaveResult.refused(problems);
        }
        Set<ServiceKind> services = EnumSet.copyOf(form.services());
        OrganizationType type = ContractRules.type(form.type()).orElseThrow();
        String name = form.name().strip();
        String kana = form.nameKana().strip();
        Organization organization;
        String before = existing == null ? null : describe(existing, cutOffs(existing.getId()));
        if (existing == null) {
            organization = new Organization(contract, name, kana, type, branch.get(), services);
            em.persist(organization);
        } else {
            organization = existing;
            organization.changeContract(contract, name, kana, type, branch.get(), services);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!UniqueViolation.isCauseOf(e)) {
                throw e;
            }
            // Another operator saved the same contract number since the check above: refused like that check.
            context.setRollbackOnly();
            return OrganizationSaveResult.refused(List.of(new OrganizationProblem("contractNumber",
                    Problem.CONTRACT_NUMBER_TAKEN)));
        }
        Map<ServiceKind, Integer> cutOffs = storeCutOffs(organization.getId(), services, form.cutOffs());
        String after = describe(organization, cutOffs);
        audit.record(existing == null ? AuditAction.ORGANIZATION_CREATED : AuditAction.ORGANIZATION_CHANGED,
                AuditTarget.organization(organization.getId(), contract), reason, null,
                before == null ? after : before + " → " + after);
        return new OrganizationSaveResult(organization.getId(), List.of());
    }

    /** Keeps a setting for each service with a deadline that has one; drops the rest (the default then applies). */
    private Map<ServiceKind, Integer> storeCutOffs(long organizationId, Set<ServiceKind> services,
                                                   Map<ServiceKind, Integer> wanted) {
        Map<ServiceKind, Integer> kept = new EnumMap<>(ServiceKind.class);
        for (ServiceKind service : ServiceKind.values()) {
            ContractCutOff current = em.find(ContractCutOff.class, new ContractCutOff.Key(organizationId, service));
            Integer days = wanted == null || !services.contains(service) || !ContractRules.hasDeadline(service)
                    ? null : wanted.get(service);
            if (days == null) {
                if (current != null) {
                    em.remove(current);
                }
            } else if (current == null) {
                em.persist(new ContractCutOff(organizationId, service, days));
                kept.put(service, days);
            } else {
                current.setBusinessDaysBefore(days);
                kept.put(service, days);
            }
        }
        return kept;
    }

    private Map<ServiceKind, Integer> cutOffs(long organizationId) {
        return organization(organizationId).map(OrganizationForm::cutOffs).orElse(Map.of());
    }

    private static String describe(Organization o, Map<ServiceKind, Integer> cutOffs) {
        String services = o.getServices().stream().sorted().map(s -> s.name()
                        + (cutOffs.containsKey(s) ? "(" + cutOffs.get(s) + ")" : ""))
                .collect(Collectors.joining(","));
        return o.getContractNumber() + " " + o.getName() + " " + o.getNameKana() + " " + o.getType() + " "
                + o.getBranch().getCode() + " [" + services + "]";
    }

    private static OrganizationSummary summary(Organization o) {
        return new OrganizationSummary(o.getId(), o.getContractNumber(), o.getName(), o.getNameKana(),
                o.getType().name(), o.getBranch().getCode(), o.getBranch().getName(),
                o.getServices().stream().sorted().toList());
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
