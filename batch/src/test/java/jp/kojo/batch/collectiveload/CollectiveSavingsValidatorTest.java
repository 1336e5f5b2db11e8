package jp.kojo.batch.collectiveload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kojo.batch.collectiveload.CollectiveFileFixtures.CLine;
import jp.kojo.batch.requestload.RequestFormat;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.savings.boundary.SavingsProduct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectiveSavingsValidatorTest {
    private static final String UNION = "1000000001";
    private static final String NO_SERVICE = "2000000002";
    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final LocalDate SAVINGS_DATE = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private final CollectiveDirectory directory = new CollectiveDirectory() {
        @Override
        public Optional<Union> union(String contractNumber) {
            return switch (contractNumber) {
                case UNION -> Optional.of(new Union(1, true));
                case NO_SERVICE -> Optional.of(new Union(2, false));
                default -> Optional.empty();
            };
        }

        @Override
        public boolean statementExists(long organizationId, YearMonth yearMonth, CycleKind runKind) {
            return yearMonth.equals(YearMonth.of(2026, 10));
        }
    };

    private List<String> validate(Path file, RequestFormat format, Charset charset) throws Exception {
        List<String> problems = new ArrayList<>();
        try (CollectiveParser parser = CollectiveParser.open(file, format, charset)) {
            CollectiveSavingsValidator.validate(parser, directory, p -> problems.add(p.toString()));
        }
        return problems;
    }

    private List<String> validate(Path file, RequestFormat format) throws Exception {
        return validate(file, format, StandardCharsets.UTF_8);
    }

    @Test
    void goodFilesOfBothVariantsAreValidAndReadBack() throws Exception {
        List<CLine> lines = CollectiveFileFixtures.lines(UNION, 6, 1);
        Path csv = dir.resolve("s.csv");
        Path fixed = dir.resolve("s.dat");
        CollectiveFileFixtures.writeCsv(csv, MONTH, CycleKind.MONTHLY, SAVINGS_DATE, lines);
        CollectiveFileFixtures.writeFixed(fixed, MONTH, CycleKind.MONTHLY, SAVINGS_DATE, lines);
        assertEquals(List.of(), validate(csv, RequestFormat.CSV));
        assertEquals(List.of(), validate(fixed, RequestFormat.FIXED));

        try (CollectiveParser parser = CollectiveParser.open(fixed, RequestFormat.FIXED, StandardCharsets.UTF_8)) {
            CollectiveRecord.Header header = (CollectiveRecord.Header) parser.next();
            assertEquals(MONTH, header.yearMonth());
            assertEquals(SAVINGS_DATE, header.savingsDate());
            CollectiveRecord.Data first = (CollectiveRecord.Data) parser.next();
            assertEquals("スズキ　ハナコ", first.nameKana(), "stored as full-width katakana");
            assertEquals(SavingsProduct.INSTALLMENT_DEPOSIT, first.product());
            assertEquals(20_000, first.amount());
            assertEquals("3000001", first.accountNumber());
            parser.next();
            CollectiveRecord.Data savings = (CollectiveRecord.Data) parser.next();
            assertEquals(SavingsProduct.INSTALLMENT_SAVINGS, savings.product());
            parser.next();
            CollectiveRecord.Data ordinary = (CollectiveRecord.Data) parser.next();
            assertEquals(SavingsProduct.ORDINARY_SAVINGS, ordinary.product());
            assertNull(ordinary.employeeNumber(), "spaces: no employee number");
        }

        Path w31j = dir.resolve("w.csv");
        Files.write(w31j, Files.readString(csv, StandardCharsets.UTF_8).getBytes(Charset.forName("windows-31j")));
        assertEquals(List.of(), validate(w31j, RequestFormat.CSV, Charset.forName("windows-31j")));
        assertFalse(validate(w31j, RequestFormat.CSV, StandardCharsets.UTF_8).isEmpty(),
                "Windows-31J read as UTF-8 is refused, not loaded as mojibake");
    }

    @Test
    void theSampleForTheDemoIsValid() throws Exception {
        Path sample = Path.of("../docs/samples/collective-savings-2026-12-bonus.csv");
        assertEquals(List.of(), validate(sample, RequestFormat.CSV), "put into the inbox by ./kojo run");
    }

    @Test
    void everyProblemNamesLineAndField() throws Exception {
        List<CLine> lines = new ArrayList<>(CollectiveFileFixtures.lines(UNION, 3, 1));
        lines.set(1, lines.get(1).withAmount("12a00"));
        lines.set(2, lines.get(2).withContract("9999999999"));
        lines.set(3, lines.get(3).withProduct("10"));
        lines.add(lines.get(0).withAmount("0"));
        Path csv = dir.resolve("bad.csv");
        CollectiveFileFixtures.writeCsv(csv, MONTH, CycleKind.MONTHLY, SAVINGS_DATE, lines);
        List<String> problems = validate(csv, RequestFormat.CSV);
        assertTrue(problems.contains("行 3 項目「積立金額」(amount): 数字以外の文字があります / not a number"), problems.toString());
        assertTrue(problems.contains("行 4 項目「契約番号」(contract number): 登録されていない契約番号です / unknown contract number"),
                problems.toString());
        assertTrue(problems.contains("行 5 項目「商品コード」(product code): 商品コード 10 は一斉積立の商品ではありません"
                + " / product code 10 is not a union-wide savings product"), problems.toString());
        assertTrue(problems.contains("行 7 項目「積立金額」(amount): 1 円から 9,999,999 円までで指定してください"
                + " / must be 1 to 9,999,999 yen"), problems.toString());
        assertEquals(4, problems.size(), "the total is not compared when an amount was unreadable: " + problems);
    }

    @Test
    void unionWithoutTheServiceOrRunAlreadyLoadedOrAMembersProductTwiceIsRefused() throws Exception {
        List<CLine> lines = new ArrayList<>(CollectiveFileFixtures.lines(UNION, 2, 1));
        lines.add(lines.get(0).withAmount("7000"));
        lines.add(lines.get(1).withContract(NO_SERVICE));
        Path csv = dir.resolve("dup.csv");
        CollectiveFileFixtures.writeCsv(csv, MONTH, CycleKind.MONTHLY, SAVINGS_DATE, lines);
        List<String> problems = validate(csv, RequestFormat.CSV);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("行 5 項目「商品コード」") && p.contains("行 2")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("行 6 項目「契約番号」") && p.contains("一斉積立の契約がない")),
                problems.toString());

        Path loaded = dir.resolve("loaded.csv");
        CollectiveFileFixtures.writeCsv(loaded, YearMonth.of(2026, 10), CycleKind.MONTHLY, SAVINGS_DATE, lines.subList(0, 1));
        assertTrue(validate(loaded, RequestFormat.CSV).get(0).contains("取込済み"), "a run the union already has");
    }

    @Test
    void structureAndTotalsAreChecked() throws Exception {
        Path fixed = dir.resolve("cut.dat");
        CollectiveFileFixtures.writeFixed(fixed, MONTH, CycleKind.BONUS, SAVINGS_DATE, CollectiveFileFixtures.lines(UNION, 2, 1));
        byte[] bytes = Files.readAllBytes(fixed);
        Files.write(fixed, java.util.Arrays.copyOf(bytes, bytes.length - 122)); // no end record
        assertEquals(List.of("ファイル末尾 (end of file): エンドレコードがありません / end record missing"),
                validate(fixed, RequestFormat.FIXED));

        Path shortRecord = dir.resolve("short.dat");
        Files.write(shortRecord, Arrays.copyOfRange(bytes, 0, 122 + 100));
        assertTrue(validate(shortRecord, RequestFormat.FIXED).stream()
                .anyMatch(p -> p.startsWith("行 2 項目「レコード」(record): レコード長が 100 バイトです")), "a cut record");

        Path csv = dir.resolve("total.csv");
        Files.writeString(csv, "H,202611,1,20261125\r\nD,1000000001,0000000001,,ﾔﾏﾀﾞ ﾀﾛｳ,11,101,1234567,10000\r\n"
                + "T,1,9000\r\n");
        List<String> problems = validate(csv, RequestFormat.CSV);
        assertEquals(List.of("行 3 項目「合計金額」(amount total): 合計 9000 がデータの合計 10000 と一致しません"
                + " / total 9000 differs from the data's 10000"), problems);

        Path noHeader = dir.resolve("nohead.csv");
        Files.writeString(noHeader, "T,0,0\r\n");
        assertTrue(validate(noHeader, RequestFormat.CSV).get(0).contains("ヘッダーレコードがありません"));

        Path wrongKind = dir.resolve("kind.dat");
        bytes[1] = '7';
        Files.write(wrongKind, bytes);
        assertTrue(validate(wrongKind, RequestFormat.FIXED).stream()
                .anyMatch(p -> p.startsWith("行 1 項目「種別コード」")), "a zaikei file is not a breakdown");
    }
}
