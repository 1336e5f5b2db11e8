package jp.kojo.web.bank;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kojo.audit.boundary.AuditLog;
import jp.kojo.audit.boundary.AuditPage;
import jp.kojo.audit.boundary.AuditQuery;

/**
 * 監査ログ検索 (bank operators): period, actor, action, contract number; one page of 50 records read from the
 * database at a time, the pages before and after, and the search's CSV.
 */
@Named
@ViewScoped
public class BankAuditPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @EJB
    AuditLog log;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String contract;
    private int page;
    private transient AuditPage result;

    public List<String> getActions() {
        return log.actions();
    }

    public AuditPage getResult() {
        if (result == null) {
            result = log.search(query(), page * PAGE_SIZE, PAGE_SIZE);
        }
        return result;
    }

    public int getFirstShown() {
        return getResult().rows().isEmpty() ? 0 : page * PAGE_SIZE + 1;
    }

    public int getLastShown() {
        return page * PAGE_SIZE + getResult().rows().size();
    }

    public boolean isPreviousPage() {
        return page > 0;
    }

    public boolean isNextPage() {
        return (long) (page + 1) * PAGE_SIZE < getResult().total();
    }

    public void search() {
        page = 0;
        result = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        result = null;
    }

    public void next() {
        page++;
        result = null;
    }

    /** The query string of the CSV of this search in the encoding. */
    public String exportLink(String encoding) {
        Map<String, String> p = parameters();
        p.put("encoding", encoding);
        return query(p);
    }

    private Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", from == null ? "" : from.toString());
        p.put("to", to == null ? "" : to.toString());
        p.put("actor", actor == null ? "" : actor);
        p.put("action", action == null ? "" : action);
        p.put("contract", contract == null ? "" : contract);
        return p;
    }

    private static String query(Map<String, String> p) {
        return p.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private AuditQuery query() {
        return new AuditQuery(from, to, actor, action, contract);
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getContract() { return contract; }
    public void setContract(String contract) { this.contract = contract; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
}
