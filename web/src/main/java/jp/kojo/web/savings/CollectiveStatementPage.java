package jp.kojo.web.savings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kojo.savings.boundary.CollectiveMemberRow;
import jp.kojo.savings.boundary.CollectiveMemberSort;
import jp.kojo.savings.boundary.CollectiveProductTotal;
import jp.kojo.savings.boundary.CollectiveSavingsStatements;
import jp.kojo.savings.boundary.CollectiveStatementHeader;
import jp.kojo.savings.boundary.CollectiveStatementView;
import jp.kojo.savings.boundary.SavingsProduct;

/**
 * 一斉積立内訳明細表: one of the union's last runs (the newest, or {@code ?statement=N}), one row per member with the
 * contribution by product, filtered and sorted, with totals by product. A statement id that is not one of the
 * union's runs shows "not found" and nothing else.
 */
@Named
@ViewScoped
public class CollectiveStatementPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    CollectiveSavingsStatements statements;

    private List<CollectiveStatementView> runs;
    private Long statementId;
    private boolean notFound;
    private final CollectiveFilter filter = new CollectiveFilter();
    private CollectiveStatementHeader header;
    private List<CollectiveMemberRow> members;

    @PostConstruct
    void init() {
        runs = statements.statements();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("statement");
        if (asked != null) {
            try {
                long id = Long.parseLong(asked.strip());
                notFound = runs.stream().noneMatch(r -> r.id() == id);
                statementId = notFound ? null : id;
            } catch (NumberFormatException e) {
                notFound = true;
            }
        } else if (!runs.isEmpty()) {
            statementId = runs.get(0).id();
        }
        if (notFound) {
            // Another union's statement, or none: answered like the download, and nothing is shown.
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
        load();
    }

    /** The user chose another run, or applied or cleared the filter. */
    public void load() {
        if (statementId == null || runs.stream().noneMatch(r -> r.id() == statementId)) {
            return;
        }
        header = statements.header(statementId, filter.filter());
        members = statements.members(statementId, filter.filter(), filter.sort(), filter.isAscending());
    }

    public void clear() {
        filter.clear();
        load();
    }

    public String exportQuery(String format, String encoding) {
        return "?statement=" + statementId + "&format=" + format + (encoding == null ? "" : "&encoding=" + encoding)
                + filter.query();
    }

    public List<CollectiveStatementView> getRuns() { return runs; }
    public Long getStatementId() { return statementId; }
    public void setStatementId(Long statementId) { this.statementId = statementId; }
    public boolean isNotFound() { return notFound; }
    public boolean isShown() { return header != null; }
    public CollectiveFilter getFilter() { return filter; }
    public CollectiveStatementHeader getHeader() { return header; }
    public List<CollectiveMemberRow> getMembers() { return members; }
    public List<CollectiveProductTotal> getTotals() { return header == null ? List.of() : header.totals(); }
    public SavingsProduct[] getProducts() { return SavingsProduct.values(); }
    public CollectiveMemberSort[] getSorts() { return CollectiveMemberSort.values(); }
}
