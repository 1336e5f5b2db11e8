package jp.kojo.web.bank;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kojo.organization.boundary.BranchView;
import jp.kojo.organization.boundary.OrganizationForm;
import jp.kojo.organization.boundary.OrganizationListPage;
import jp.kojo.organization.boundary.OrganizationProblem;
import jp.kojo.organization.boundary.OrganizationSaveResult;
import jp.kojo.organization.boundary.Organizations;
import jp.kojo.web.common.Messages;

/**
 * 団体・契約管理 (bank operators): the organisations paged from the database, and one organisation's form. A refused
 * save keeps every typed value and puts each problem beside its field and, named, above the form.
 */
@Named
@ViewScoped
public class BankOrganizationsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    /** The services by name, as the form's checkboxes and cut-off fields are keyed. */
    static final List<String> SERVICES = List.of("LUMP_SUM", "PAYROLL", "COLLECTIVE_SAVINGS", "ZAIKEI");

    @EJB
    Organizations organizations;

    private String text;
    private String branchFilter;
    private int page;
    private transient OrganizationListPage list;

    private Long id;
    private String contractNumber;
    private String name;
    private String nameKana;
    private String type;
    private String branch;
    private final Map<String, Boolean> services = new HashMap<>();
    private final Map<String, Integer> cutOffs = new HashMap<>();
    private String reason;
    private Long requestedId;
    private final Map<String, String> errors = new HashMap<>();

    public List<BranchView> getBranches() {
        return organizations.branches();
    }

    public OrganizationListPage getList() {
        if (list == null) {
            list = organizations.search(text, branchFilter, page * PAGE_SIZE, PAGE_SIZE);
        }
        return list;
    }

    public void search() {
        page = 0;
        list = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        list = null;
    }

    public void next() {
        page++;
        list = null;
    }

    public boolean isPreviousPage() {
        return page > 0;
    }

    public boolean isNextPage() {
        return (long) (page + 1) * PAGE_SIZE < getList().total();
    }

    /** Opens an organisation in the form. */
    public void edit(long organizationId) {
        organizations.organization(organizationId).ifPresentOrElse(this::fill, () -> Messages.error("org.notFound"));
    }

    /** An empty form for a new organisation. */
    public void startNew() {
        fill(OrganizationForm.ofNames(null, null, null, null, null, null, Map.of(), Map.of()));
    }

    public void save() {
        errors.clear();
        OrganizationSaveResult result = organizations.save(OrganizationForm.ofNames(id, contractNumber, name, nameKana,
                type, branch, services, cutOffs), reason);
        if (result.saved()) {
            Messages.info(id == null ? "org.created" : "org.changed", contractNumber.strip());
            id = result.id();
            reason = null;
            list = null;
            return;
        }
        // What was typed stays; each problem is named above the form and shown beside its field.
        for (OrganizationProblem problem : result.problems()) {
            String field = Messages.text("org.field." + problem.field());
            String text = Messages.text("org.problem." + problem.problem().name());
            errors.put(problem.field(), text);
            Messages.error("org.fieldProblem", field, text);
        }
    }

    private void fill(OrganizationForm form) {
        errors.clear();
        id = form.id();
        contractNumber = form.contractNumber();
        name = form.name();
        nameKana = form.nameKana();
        type = form.type();
        branch = form.branchCode();
        services.clear();
        cutOffs.clear();
        for (String service : SERVICES) {
            services.put(service, form.uses(service));
            cutOffs.put(service, form.cutOff(service));
        }
        reason = null;
    }

    /** {@code ?id=N} opens that organisation; without it the form is for a new one. */
    public void load() {
        if (requestedId != null) {
            edit(requestedId);
        } else if (id == null && contractNumber == null) {
            startNew();
        }
    }

    public String fieldClass(String field) {
        return errors.containsKey(field) ? "kojo-invalid" : "";
    }

    public Map<String, String> getErrors() { return errors; }
    public Map<String, Boolean> getServices() { return services; }
    public Map<String, Integer> getCutOffs() { return cutOffs; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getBranchFilter() { return branchFilter; }
    public void setBranchFilter(String branchFilter) { this.branchFilter = branchFilter; }
    public Long getId() { return id; }
    public Long getRequestedId() { return requestedId; }
    public void setRequestedId(Long requestedId) { this.requestedId = requestedId; }
    public String getContractNumber() { return contractNumber; }
    public void setContractNumber(String contractNumber) { this.contractNumber = contractNumber; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameKana() { return nameKana; }
    public void setNameKana(String nameKana) { this.nameKana = nameKana; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getBranch() { return branch; }
    public void setBranch(String branch) { this.branch = branch; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
