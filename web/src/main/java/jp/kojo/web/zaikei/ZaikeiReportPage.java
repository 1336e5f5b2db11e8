package jp.kojo.web.zaikei;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kojo.zaikei.boundary.ZaikeiReportView;
import jp.kojo.zaikei.boundary.ZaikeiReports;
import jp.kojo.zaikei.boundary.ZaikeiStatementView;
import jp.kojo.zaikei.boundary.ZaikeiStatements;

/** 財形積立変更明細書 and 財形アラーム明細 (one bean for both pages): a run chosen from the last three. */
@Named
@ViewScoped
public class ZaikeiReportPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ZaikeiStatements statements;

    @EJB
    ZaikeiReports reports;

    private List<ZaikeiStatementView> runs;
    private Long statementId;
    private ZaikeiReportView report;

    @PostConstruct
    void init() {
        runs = statements.statements();
        if (!runs.isEmpty()) {
            statementId = runs.get(0).id();
            load();
        }
    }

    public void load() {
        if (statementId != null && runs.stream().anyMatch(r -> r.id() == statementId)) {
            report = reports.report(statementId);
        }
    }

    public List<ZaikeiStatementView> getRuns() { return runs; }
    public Long getStatementId() { return statementId; }
    public void setStatementId(Long statementId) { this.statementId = statementId; }
    public ZaikeiReportView getReport() { return report; }
}
