package jp.kojo.batch.requestload;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import jp.kojo.deduction.entity.CycleKind;

/**
 * Checks a whole request file while streaming it: record order, trailer totals, known contracts, duplicate
 * (contract, person, product) keys. Field problems come from the parser. Memory grows only with the set of
 * duplicate keys (two longs and a line number per data record) and the organisations seen.
 */
public final class RequestValidator {

    /** What the validator needs to know from the database. */
    public interface Directory {
        /** The organisation's id for a contract number, if there is one. */
        OptionalLong organizationId(String contractNumber);

        /** Whether the organisation already has lines in that cycle (from an earlier file). */
        boolean organizationHasLines(long organizationId, YearMonth yearMonth, CycleKind kind);

        /** The deduction date of the cycle if it exists already. */
        Optional<LocalDate> cycleDeductionDate(YearMonth yearMonth, CycleKind kind);
    }

    /** The outcome: the header (null if missing or invalid), data record count and amount total. */
    public record Result(RequestHeader header, long recordCount, long amountTotal, int problemCount) {
        public boolean valid() {
            return problemCount == 0;
        }
    }

    private enum State { START, DATA, TRAILER, END }

    private final Directory directory;
    private final Consumer<Problem> sink;
    private int problemCount;

    private RequestValidator(Directory directory, Consumer<Problem> sink) {
        this.directory = directory;
        this.sink = sink;
    }

    /** Validates everything the parser yields; each problem goes to {@code sink} in file order. */
    public static Result validate(RequestParser parser, Directory directory, Consumer<Problem> sink) throws IOException {
        return new RequestValidator(directory, sink).run(parser);
    }

    private void report(Problem p) {
        problemCount++;
        sink.accept(p);
    }

    private void report(int line, Field field, String ja, String en) {
        report(Problem.at(line, field, ja, en));
    }

    private Result run(RequestParser parser) throws IOException {
        State state = State.START;
        boolean headerMissingReported = false;
        RequestHeader header = null;
        long dataCount = 0;
        long amountTotal = 0;
        boolean totalKnown = true;
        DuplicateKeys seen = new DuplicateKeys();
        Map<String, OptionalLong> organizations = new HashMap<>();
        Set<Long> organizationsChecked = new HashSet<>();

        ParsedItem item;
        while ((item = parser.next()) != null) {
            int line = item.line();
            if (item instanceof MalformedRecord m) {
                m.problems().forEach(this::report);
            }
            RecordKind kind = item.kind();
            if (kind == null) {
                continue;
            }
            if (state == State.END) {
                report(line, Field.RECORD_TYPE, "エンドレコードの後にレコードがあります", "record after the end record");
                continue;
            }
            switch (kind) {
                case HEADER:
                    if (state != State.START || headerMissingReported) {
                        report(line, Field.RECORD_TYPE, "ヘッダーレコードの位置が正しくありません（先頭に 1 件だけ）",
                                "header record out of order (one only, first)");
                    } else {
                        state = State.DATA;
                        if (item instanceof RequestHeader h) {
                            header = h;
                            checkCycle(h);
                        }
                    }
                    break;
                case DATA:
                    if (state == State.START) {
                        report(line, Field.RECORD_TYPE, "ヘッダーレコードがありません", "header record missing");
                        headerMissingReported = true;
                        state = State.DATA;
                    } else if (state == State.TRAILER) {
                        report(line, Field.RECORD_TYPE, "データレコードがトレーラーレコードの後にあります",
                                "data record out of order (after the trailer)");
                    }
                    dataCount++;
                    if (item instanceof RequestRecord r) {
                        amountTotal += r.amount();
                        checkContract(r, header, organizations, organizationsChecked);
                        int earlier = seen.putIfAbsent(Long.parseLong(r.contractNumber()),
                                Long.parseLong(r.personNumber()) * 100 + Integer.parseInt(r.productCode()), line);
                        if (earlier != 0) {
                            report(line, Field.PRODUCT_CODE,
                                    "契約番号・構成員番号・商品コードが行 " + earlier + " と重複しています",
                                    "duplicate of line " + earlier + " (contract, person, product)");
                        }
                    } else {
                        Long amount = ((MalformedRecord) item).amount();
                        if (amount == null) {
                            totalKnown = false;
                        } else {
                            amountTotal += amount;
                        }
                    }
                    break;
                case TRAILER:
                    if (state == State.TRAILER) {
                        report(line, Field.RECORD_TYPE, "トレーラーレコードが重複しています", "trailer record out of order (duplicate)");
                        break;
                    }
                    if (state == State.START) {
                        report(line, Field.RECORD_TYPE, "ヘッダーレコードがありません", "header record missing");
                        headerMissingReported = true;
                    }
                    state = State.TRAILER;
                    if (item instanceof RequestTrailer t) {
                        if (t.recordCount() != dataCount) {
                            report(line, Field.RECORD_COUNT,
                                    "件数 " + t.recordCount() + " がデータレコード " + dataCount + " 件と一致しません",
                                    "count " + t.recordCount() + " does not match " + dataCount + " data records");
                        }
                        if (totalKnown && t.amountTotal() != amountTotal) {
                            report(line, Field.AMOUNT_TOTAL,
                                    "合計金額 " + t.amountTotal() + " がデータレコードの合計 " + amountTotal + " と一致しません",
                                    "total " + t.amountTotal() + " does not match the data records' " + amountTotal);
                        }
                    }
                    break;
                case END:
                    if (state == State.START) {
                        report(line, Field.RECORD_TYPE, "ヘッダーレコードがありません", "header record missing");
                        headerMissingReported = true;
                    }
                    if (state != State.TRAILER) {
                        report(line, Field.RECORD_TYPE, "トレーラーレコードがありません", "trailer record missing");
                    }
                    state = State.END;
                    break;
                default:
                    throw new IllegalStateException(kind.name());
            }
        }
        if (state == State.START) {
            report(0, null, "ヘッダーレコードがありません", "header record missing");
        }
        if (state == State.START || state == State.DATA) {
            report(0, null, "トレーラーレコードがありません", "trailer record missing");
        }
        if (parser.hasEndRecord() && state != State.END) {
            report(0, null, "エンドレコードがありません", "end record missing");
        }
        return new Result(header, dataCount, amountTotal, problemCount);
    }

    private void checkCycle(RequestHeader h) {
        directory.cycleDeductionDate(h.yearMonth(), h.cycleKind())
                .filter(existing -> !existing.equals(h.deductionDate()))
                .ifPresent(existing -> report(h.line(), Field.DEDUCTION_DATE,
                        "同じ控除サイクルの控除日 " + existing + " と異なります",
                        "differs from the deduction date " + existing + " of the existing cycle"));
    }

    private void checkContract(RequestRecord r, RequestHeader header, Map<String, OptionalLong> organizations,
                               Set<Long> organizationsChecked) {
        OptionalLong id = organizations.computeIfAbsent(r.contractNumber(), directory::organizationId);
        if (id.isEmpty()) {
            report(r.line(), Field.CONTRACT_NUMBER, "登録されていない契約番号です", "unknown contract number");
            return;
        }
        // One organisation's lines of a cycle come from one file, so line numbers never collide.
        if (header != null && organizationsChecked.add(id.getAsLong())
                && directory.organizationHasLines(id.getAsLong(), header.yearMonth(), header.cycleKind())) {
            report(r.line(), Field.CONTRACT_NUMBER, "この契約の同じ控除サイクルの依頼は取込済みです",
                    "this contract already has requests in this cycle from another file");
        }
    }
}
