package jp.kojo.deduction.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.deduction.control.DeductionRights;
import jp.kojo.deduction.control.PayrollCsvWriter;
import jp.kojo.deduction.control.LineMarkRule;
import jp.kojo.deduction.control.PayrollAccess;
import jp.kojo.deduction.control.PayrollLineEditor;
import jp.kojo.deduction.control.PayrollLineQuery;
import jp.kojo.deduction.control.PayrollResultRule;
import jp.kojo.deduction.control.ResultFileDecoder;
import jp.kojo.deduction.control.ResultFileParser;
import jp.kojo.deduction.control.ResultMatcher;
import jp.kojo.deduction.control.ResultUploadStore;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.ResultCode;
import jp.kojo.deduction.entity.ResultUpload;
import jp.kojo.deduction.entity.ResultUploadMapping;
import jp.kojo.deduction.entity.ResultUploadRow;
import jp.kojo.platform.CsvEncoding;

/**
 * 結果ファイルの取込 (賃金控除型): the payroll system's result file read through the organisation's column mapping,
 * matched to the cycle's lines and kept as an upload, which changes nothing until the user applies all or some
 * of its rows; a row whose line changed since the upload is refused and reported. A bad file is refused whole
 * ({@link ResultFileRejectedException}) and nothing is kept. The methods take and answer plain values, so the
 * REST API can call them as they are.
 */
@Stateless
@RolesAllowed(jp.kojo.platform.Roles.ORG_USER)
public class PayrollResultUploads {
    /** How long an upload waits to be applied. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    EJBContext context;

    @Inject
    Clock clock;

    @Inject
    PayrollAccess access;

    @Inject
    PayrollLineEditor editor;

    @Inject
    ResultUploadStore store;

    /** The organisation's saved mapping, if it saved one. */
    public Optional<ResultMapping> mapping() {
        UserAccount user = user();
        return Optional.ofNullable(em.find(ResultUploadMapping.class, user.getOrganization().getId()))
                .map(m -> new ResultMapping(KeyKind.valueOf(m.getKeyKind()), m.getKeyColumn(), m.getProductColumn(),
                        m.getAmountColumn(), UploadEncoding.valueOf(m.getEncoding())));
    }

    public void saveMapping(ResultMapping mapping) {
        UserAccount user = user();
        if (!PayrollAccess.payroll(user)) {
            throw new PayrollRefusedException(PayrollRefusal.NO_SUCH_UPLOAD);
        }
        if (!DeductionRights.mayUpdate(user)) {
            throw new PayrollRefusedException(PayrollRefusal.NO_UPDATE_RIGHT);
        }
        store(user, mapping);
    }

    /**
     * Reads, checks and matches the file; keeps it for {@link #KEPT_FOR} and saves the mapping used. Changes no
     * line.
     */
    public ReconciliationView upload(long cycleId, String fileName, InputStream file, ResultMapping mapping) {
        UserAccount user = user();
        DeductionCycle cycle = access.ownCycle(user, cycleId);
        if (!DeductionRights.mayUpdate(user)) {
            throw new PayrollRefusedException(PayrollRefusal.NO_UPDATE_RIGHT);
        }
        if (mapping == null || !mapping.complete()) {
            throw new PayrollRefusedException(PayrollRefusal.MAPPING_INCOMPLETE);
        }
        byte[] bytes;
        try {
            bytes = ResultFileDecoder.readLimited(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResultFileDecoder.Decoded decoded = ResultFileDecoder.decode(bytes, mapping.encoding());
        List<ResultFileParser.ResultRow> rows = ResultFileParser.parse(decoded.text(), mapping);
        long org = user.getOrganization().getId();
        ResultMatcher.Result matched = ResultMatcher.match(rows, new PayrollLineQuery(em, org, cycleId).lineKeys(),
                mapping.keyKind());
        LocalDateTime now = LocalDateTime.now(clock);
        store.deleteExpired(org, now);
        store(user, mapping);
        String name = fileName == null || fileName.isBlank() ? "results.csv" : fileName.strip();
        ResultUpload upload = new ResultUpload(org, cycle.getId(), name.length() > 255 ? name.substring(0, 255) : name,
                decoded.encoding().name(), mapping.keyKind().name(), rows.size(), user.getLoginId(), now, now.plus(KEPT_FOR));
        em.persist(upload);
        em.flush();
        store.insertRows(upload.getId(), matched.matches());
        return view(upload);
    }

    public ReconciliationView reconciliation(long uploadId) {
        return view(access.ownUpload(user(), uploadId));
    }

    /** The upload's rows of one outcome (all when null), in file order. */
    public List<ReconciliationRowView> rows(long uploadId, MatchOutcome outcome, int first, int size) {
        ResultUpload upload = access.ownUpload(user(), uploadId);
        return store.rows(upload.getId(), outcome, Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE)));
    }

    public long rowCount(long uploadId, MatchOutcome outcome) {
        return store.count(access.ownUpload(user(), uploadId).getId(), outcome);
    }

    /** The cycle's lines that no row of the upload reached. */
    public PayrollLinePage linesWithoutRow(long uploadId, int first, int size) {
        ResultUpload upload = access.ownUpload(user(), uploadId);
        return new PayrollLinePage(store.linesWithoutRow(upload, Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE))),
                store.countLinesWithoutRow(upload));
    }

    /**
     * Applies the upload's matched rows (those given by id, or every one when null) to their lines as results:
     * the requested amount as 全額控除, less as 一部控除, 0 yen as 控除不能 with the reason given (and its note for
     * その他). A row whose line changed since the upload is not applied and is answered; the others are.
     */
    public ApplyReport apply(long uploadId, List<Long> rowIds, NotDeductedReason zeroReason, String zeroNote) {
        UserAccount user = user();
        ResultUpload upload = access.ownUpload(user, uploadId);
        if (!DeductionRights.mayUpdate(user)) {
            throw new PayrollRefusedException(PayrollRefusal.NO_UPDATE_RIGHT);
        }
        if (!LocalDateTime.now(clock).isBefore(upload.getExpiresAt())) {
            throw new PayrollRefusedException(PayrollRefusal.UPLOAD_EXPIRED);
        }
        Set<Long> wanted = rowIds == null ? null : new HashSet<>(rowIds);
        List<ResultUploadRow> rows = store.applicable(upload.getId(), wanted);
        if (rows.isEmpty()) {
            throw new PayrollRefusedException(PayrollRefusal.NOTHING_SELECTED);
        }
        boolean zeros = rows.stream().anyMatch(r -> r.getAmount() == 0);
        if (zeros && (zeroReason == null || zeroReason.needsNote() && LineMarkRule.normalNote(zeroNote) == null)) {
            throw new PayrollRefusedException(PayrollRefusal.ZERO_REASON_REQUIRED);
        }
        Map<Long, ResultUploadRow> byLine = new HashMap<>();
        rows.forEach(r -> byLine.put(r.getLineId(), r));
        DeductionCycle cycle = em.find(DeductionCycle.class, upload.getCycleId());
        List<Long> stale = editor.edit(user, cycle, rows.stream().map(r -> new LineRef(r.getLineId(), r.getLineVersion())).toList(),
                line -> {
                    long amount = byLine.get(line.getId()).getAmount();
                    ResultCode code = PayrollResultRule.codeFor(line.getRequestedAmount(), amount);
                    NotDeductedReason reason = code == ResultCode.NOT_DEDUCTED ? zeroReason : null;
                    String note = code == ResultCode.NOT_DEDUCTED ? zeroNote : null;
                    PayrollRefusal refusal = PayrollResultRule.check(line.getRequestedAmount(), code, amount, reason, note);
                    if (refusal != null) {
                        throw new PayrollRefusedException(refusal, line.getLineNumber());
                    }
                    return PayrollResultRule.normal(line.getRequestedAmount(), code, amount, reason, note);
                }, false);
        LocalDateTime now = LocalDateTime.now(clock);
        Set<Long> staleLines = new HashSet<>(stale);
        int applied = 0;
        for (ResultUploadRow row : rows) {
            if (!staleLines.contains(row.getLineId())) {
                row.applied(now);
                applied++;
            }
        }
        List<Integer> staleRows = rows.stream().filter(r -> staleLines.contains(r.getLineId()))
                .map(ResultUploadRow::getFileRow).toList();
        return new ApplyReport(applied, staleRows);
    }

    /** The reconciliation as CSV: every row with its outcome, then the lines no row reached. */
    public void reconciliationCsv(long uploadId, boolean utf8Bom, java.io.OutputStream out) {
        ResultUpload upload = access.ownUpload(user(), uploadId);
        try {
            PayrollCsvWriter.reconciliation(store.rows(upload.getId(), null, 0, Integer.MAX_VALUE),
                    store.linesWithoutRow(upload, 0, Integer.MAX_VALUE),
                    utf8Bom ? CsvEncoding.UTF8_BOM : CsvEncoding.WINDOWS_31J, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void store(UserAccount user, ResultMapping mapping) {
        if (mapping == null || !mapping.complete()) {
            throw new PayrollRefusedException(PayrollRefusal.MAPPING_INCOMPLETE);
        }
        long org = user.getOrganization().getId();
        ResultUploadMapping saved = em.find(ResultUploadMapping.class, org);
        if (saved == null) {
            saved = new ResultUploadMapping(org);
            em.persist(saved);
        }
        saved.update(mapping.keyKind().name(), cut(mapping.keyColumn()), cut(mapping.productColumn()),
                cut(mapping.amountColumn()), mapping.encoding().name(), user.getLoginId(), LocalDateTime.now(clock));
    }

    private static String cut(String column) {
        String s = column.strip();
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private ReconciliationView view(ResultUpload upload) {
        Map<MatchOutcome, Long> counts = store.counts(upload.getId());
        return new ReconciliationView(upload.getId(), upload.getCycleId(), upload.getFileName(),
                UploadEncoding.valueOf(upload.getEncoding()), KeyKind.valueOf(upload.getKeyKind()), upload.getRowCount(),
                upload.getUploadedBy(), upload.getUploadedAt(), upload.getExpiresAt(),
                !LocalDateTime.now(clock).isBefore(upload.getExpiresAt()), counts.get(MatchOutcome.EQUAL),
                counts.get(MatchOutcome.DIFFERENT), counts.get(MatchOutcome.OVER_REQUEST), counts.get(MatchOutcome.UNMATCHED),
                counts.get(MatchOutcome.AMBIGUOUS), store.countLinesWithoutRow(upload), store.applied(upload.getId()));
    }

    private UserAccount user() {
        return access.user(context.getCallerPrincipal().getName());
    }
}
