package jp.kojo.batch.requestload;

import static jp.kojo.batch.requestload.RequestFileFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import jp.kojo.deduction.entity.CycleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestValidatorTest {
    static final YearMonth APRIL = YearMonth.of(2025, 4);
    static final LocalDate DAY = LocalDate.of(2025, 4, 25);
    static final String ORG_A = "0000000001";
    static final String ORG_B = "0000000002";

    @TempDir
    Path dir;

    /** An in-memory directory: two organisations, no cycles unless a test adds them. */
    static final class Directory implements RequestValidator.Directory {
        final Map<String, Long> organizations = new HashMap<>(Map.of(ORG_A, 1L, ORG_B, 2L));
        final Set<Long> withLines = new HashSet<>();
        LocalDate cycleDate;

        @Override
        public OptionalLong organizationId(String contractNumber) {
            Long id = organizations.get(contractNumber);
            return id == null ? OptionalLong.empty() : OptionalLong.of(id);
        }

        @Override
        public boolean organizationHasLines(long organizationId, YearMonth yearMonth, CycleKind kind) {
            return withLines.contains(organizationId);
        }

        @Override
        public Optional<LocalDate> cycleDeductionDate(YearMonth yearMonth, CycleKind kind) {
            return Optional.ofNullable(cycleDate);
        }
    }

    final Directory directory = new Directory();
    final List<String> problems = new ArrayList<>();

    RequestValidator.Result validate(Path file, RequestFormat format) throws IOException {
        try (RequestParser p = RequestParser.open(file, format, StandardCharsets.UTF_8)) {
            return RequestValidator.validate(p, directory, problem -> problems.add(problem.toString()));
        }
    }

    Path fixed(List<FixtureLine> lines, Defect... defects) {
        return writeFixed(dir.resolve("f.dat"), APRIL, CycleKind.MONTHLY, DAY, lines, true, defects);
    }

    Path csv(List<FixtureLine> lines, Defect... defects) {
        return writeCsv(dir.resolve("f.csv"), StandardCharsets.UTF_8, APRIL, CycleKind.MONTHLY, DAY, lines, defects);
    }

    @Test
    void validFilesInBothFormats() throws IOException {
        List<FixtureLine> lines = lines(250, ORG_A, ORG_B);
        RequestValidator.Result fixed = validate(fixed(lines), RequestFormat.FIXED);
        assertEquals(List.of(), problems);
        assertTrue(fixed.valid());
        assertEquals(250, fixed.recordCount());
        assertEquals(total(lines), fixed.amountTotal());
        assertEquals(APRIL, fixed.header().yearMonth());
        RequestValidator.Result csv = validate(csv(lines), RequestFormat.CSV);
        assertEquals(List.of(), problems);
        assertEquals(fixed.recordCount(), csv.recordCount());
        assertEquals(fixed.amountTotal(), csv.amountTotal());
    }

    @Test
    void trailerCountMismatch() throws IOException {
        RequestValidator.Result r = validate(fixed(lines(3, ORG_A), Defect.TRAILER_COUNT_MISMATCH), RequestFormat.FIXED);
        assertFalse(r.valid());
        assertEquals(List.of("行 5 項目「件数」(record count): 件数 4 がデータレコード 3 件と一致しません / count 4 does not match 3 data records"),
                problems);
    }

    @Test
    void trailerTotalMismatch() throws IOException {
        validate(csv(lines(3, ORG_A), Defect.TRAILER_TOTAL_MISMATCH), RequestFormat.CSV);
        assertEquals(List.of("行 5 項目「合計金額」(amount total): 合計金額 6001 がデータレコードの合計 6000 と一致しません"
                + " / total 6001 does not match the data records' 6000"), problems);
    }

    @Test
    void totalIsNotCheckedWhenAnAmountWasUnreadable() throws IOException {
        byte[] bad = patch(dataRecord(lines(1, ORG_A).get(0)), FixedLayout.D_AMOUNT, "12345678X0");
        writeFixedRecords(dir.resolve("u.dat"), List.of(headerRecord(APRIL, CycleKind.MONTHLY, DAY, DAY, 1), bad,
                trailerRecord(1, 999), endRecord()), true);
        validate(dir.resolve("u.dat"), RequestFormat.FIXED);
        assertEquals(List.of("行 2 項目「金額」(amount): 数字以外の文字があります / not a number"), problems);
    }

    @Test
    void missingHeader() throws IOException {
        validate(fixed(lines(2, ORG_A), Defect.NO_HEADER), RequestFormat.FIXED);
        assertEquals(List.of("行 1 項目「レコード種別」(record type): ヘッダーレコードがありません / header record missing"), problems);
    }

    @Test
    void missingTrailerInBothFormats() throws IOException {
        validate(fixed(lines(2, ORG_A), Defect.NO_TRAILER), RequestFormat.FIXED);
        assertEquals(List.of("行 4 項目「レコード種別」(record type): トレーラーレコードがありません / trailer record missing"), problems);
        problems.clear();
        validate(csv(lines(2, ORG_A), Defect.NO_TRAILER), RequestFormat.CSV);
        assertEquals(List.of("ファイル末尾 (end of file): トレーラーレコードがありません / trailer record missing"), problems);
    }

    @Test
    void missingEnd() throws IOException {
        validate(fixed(lines(2, ORG_A), Defect.NO_END), RequestFormat.FIXED);
        assertEquals(List.of("ファイル末尾 (end of file): エンドレコードがありません / end record missing"), problems);
    }

    @Test
    void emptyFile() throws IOException {
        writeFixedRecords(dir.resolve("empty.dat"), List.of(), true);
        RequestValidator.Result r = validate(dir.resolve("empty.dat"), RequestFormat.FIXED);
        assertEquals(List.of(
                "ファイル末尾 (end of file): ヘッダーレコードがありません / header record missing",
                "ファイル末尾 (end of file): トレーラーレコードがありません / trailer record missing",
                "ファイル末尾 (end of file): エンドレコードがありません / end record missing"), problems);
        assertNull(r.header());
    }

    @Test
    void recordsOutOfOrder() throws IOException {
        List<FixtureLine> l = lines(2, ORG_A);
        byte[] header = headerRecord(APRIL, CycleKind.MONTHLY, DAY, DAY, 1);
        long total = total(l);
        writeFixedRecords(dir.resolve("o.dat"), List.of(header, dataRecord(l.get(0)), header,
                trailerRecord(1, l.get(0).amount()), dataRecord(l.get(1)), trailerRecord(2, total), endRecord(),
                endRecord()), true);
        validate(dir.resolve("o.dat"), RequestFormat.FIXED);
        assertEquals(List.of(
                "行 3 項目「レコード種別」(record type): ヘッダーレコードの位置が正しくありません（先頭に 1 件だけ） / header record out of order (one only, first)",
                "行 5 項目「レコード種別」(record type): データレコードがトレーラーレコードの後にあります / data record out of order (after the trailer)",
                "行 6 項目「レコード種別」(record type): トレーラーレコードが重複しています / trailer record out of order (duplicate)",
                "行 8 項目「レコード種別」(record type): エンドレコードの後にレコードがあります / record after the end record"),
                problems);
    }

    @Test
    void unknownContract() throws IOException {
        List<FixtureLine> l = lines(3, ORG_A);
        l.set(1, l.get(1).withContractNumber("0000000099"));
        validate(csv(l), RequestFormat.CSV);
        assertEquals(List.of("行 3 項目「契約番号」(contract number): 登録されていない契約番号です / unknown contract number"), problems);
    }

    @Test
    void duplicateContractPersonProduct() throws IOException {
        validate(fixed(lines(3, ORG_A, ORG_B), Defect.DUPLICATE_LAST_LINE), RequestFormat.FIXED);
        assertEquals(List.of("行 5 項目「商品コード」(product code): 契約番号・構成員番号・商品コードが行 4 と重複しています"
                + " / duplicate of line 4 (contract, person, product)"), problems);
    }

    @Test
    void samePersonWithAnotherProductIsNoDuplicate() throws IOException {
        List<FixtureLine> l = lines(2, ORG_A);
        l.set(1, l.get(1).withPersonNumber(l.get(0).personNumber()));
        assertTrue(validate(csv(l), RequestFormat.CSV).valid(), problems::toString);
    }

    @Test
    void organisationAlreadyLoadedForTheCycle() throws IOException {
        directory.withLines.add(2L);
        validate(csv(lines(4, ORG_A, ORG_B)), RequestFormat.CSV);
        assertEquals(List.of("行 3 項目「契約番号」(contract number): この契約の同じ控除サイクルの依頼は取込済みです"
                + " / this contract already has requests in this cycle from another file"), problems);
    }

    @Test
    void deductionDateDiffersFromExistingCycle() throws IOException {
        directory.cycleDate = DAY.plusDays(1);
        validate(csv(lines(1, ORG_A)), RequestFormat.CSV);
        assertEquals(List.of("行 1 項目「控除日」(deduction date): 同じ控除サイクルの控除日 2025-04-26 と異なります"
                + " / differs from the deduction date 2025-04-26 of the existing cycle"), problems);
    }

    @Test
    void fieldProblemsAreReportedInFileOrder() throws IOException {
        List<FixtureLine> l = lines(3, ORG_A);
        l.set(0, l.get(0).withAmount(0));
        l.set(2, l.get(2).withProductCode("77"));
        RequestValidator.Result r = validate(csv(l), RequestFormat.CSV);
        assertEquals(2, r.problemCount());
        assertTrue(problems.get(0).startsWith("行 2 項目「金額」(amount)"));
        assertTrue(problems.get(1).startsWith("行 4 項目「商品コード」(product code)"));
    }
}
