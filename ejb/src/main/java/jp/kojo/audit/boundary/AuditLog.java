package jp.kojo.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import jp.kojo.audit.control.AuditSearch;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.platform.Roles;
import jp.kojo.zaikei.control.ZaikeiCsv;

/** 監査ログ検索 (bank operators): the audit log by period, actor, action and contract number; CSV of a search. */
@Stateless
@RolesAllowed(Roles.BANK_OPERATOR)
public class AuditLog {
    static final int MAX_PAGE = 200;
    private static final List<String> CSV_HEADER = List.of("日時", "操作者", "ロール", "操作", "契約番号", "対象ユーザー",
            "対象サイクル", "対象お知らせ", "理由", "受付番号", "内容");

    @PersistenceContext
    EntityManager em;

    public List<String> actions() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).toList();
    }

    public AuditPage search(AuditQuery query, int first, int size) {
        AuditSearch search = new AuditSearch(query);
        List<AuditEventView> rows = search.rows(em).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(MAX_PAGE, Math.max(1, size)))
                .getResultStream().map(AuditSearch::view).toList();
        return new AuditPage(rows, search.count(em).getSingleResult());
    }

    /** Every record of the search as CSV (Windows-31J, or UTF-8 with BOM), streamed from the database. */
    public void exportCsv(AuditQuery query, boolean utf8Bom, OutputStream out) throws IOException {
        try (Stream<AuditEventView> rows = new AuditSearch(query).rows(em).getResultStream().map(AuditSearch::view)) {
            Iterator<List<Object>> cells = rows.map(AuditLog::cells).iterator();
            ZaikeiCsv.write(CSV_HEADER, () -> cells, utf8Bom ? CsvEncoding.UTF8_BOM : CsvEncoding.WINDOWS_31J, out);
        }
    }

    private static List<Object> cells(AuditEventView e) {
        return Arrays.asList(e.occurredAt().toString().replace('T', ' '), e.actorLoginId(), e.actorRole(), e.action(),
                e.contractNumber(), e.targetLoginId(), e.targetCycleId(), e.targetNoticeId(), e.reason(), e.reference(),
                e.details());
    }
}
