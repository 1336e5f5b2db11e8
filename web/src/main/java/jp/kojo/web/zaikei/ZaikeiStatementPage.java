package jp.kojo.web.zaikei;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kojo.zaikei.boundary.ZaikeiKindTotal;
import jp.kojo.zaikei.boundary.ZaikeiLineSort;
import jp.kojo.zaikei.boundary.ZaikeiLineView;
import jp.kojo.zaikei.boundary.ZaikeiStatementHeader;
import jp.kojo.zaikei.boundary.ZaikeiStatementView;
import jp.kojo.zaikei.boundary.ZaikeiStatements;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** お積立明細書照会: one of the employer's last three statements, filtered and sorted, with totals by kind. */
@Named
@ViewScoped
public class ZaikeiStatementPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ZaikeiStatements statements;

    private List<ZaikeiStatementView> runs;
    private Long statementId;
    private final ZaikeiFilter filter = new ZaikeiFilter();
    private ZaikeiStatementHeader header;
    private List<ZaikeiLineView> lines;

    @PostConstruct
    void init() {
        runs = statements.statements();
        if (!runs.isEmpty()) {
            statementId = runs.get(0).id();
            load();
        }
    }

    /** The user chose another run, or applied or cleared the filter. */
    public void load() {
        if (statementId == null || runs.stream().noneMatch(r -> r.id() == statementId)) {
            return;
        }
        header = statements.header(statementId, filter.filter());
        lines = statements.lines(statementId, filter.filter(), filter.sort(), filter.isAscending());
    }

    public void clear() {
        filter.clear();
        load();
    }

    public String exportQuery(String format, String encoding) {
        return "?statement=" + statementId + "&format=" + format + (encoding == null ? "" : "&encoding=" + encoding)
                + filter.query();
    }

    public List<ZaikeiStatementView> getRuns() { return runs; }
    public Long getStatementId() { return statementId; }
    public void setStatementId(Long statementId) { this.statementId = statementId; }
    public ZaikeiFilter getFilter() { return filter; }
    public ZaikeiStatementHeader getHeader() { return header; }
    public List<ZaikeiLineView> getLines() { return lines; }
    public List<ZaikeiKindTotal> getTotals() { return header == null ? List.of() : header.totals(); }
    public ZaikeiKind[] getKinds() { return ZaikeiKind.values(); }
    public ZaikeiLineSort[] getSorts() { return ZaikeiLineSort.values(); }
}
