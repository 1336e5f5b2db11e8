package jp.kojo.batch.zaikeiload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kojo.batch.requestload.RequestFormat;
import jp.kojo.batch.zaikeiload.ZaikeiFileFixtures.ZLine;
import jp.kojo.deduction.entity.CycleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZaikeiStatementValidatorTest {
    private static final String EMPLOYER = "3000000003";
    private static final String NO_ZAIKEI = "1000000001";
    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final LocalDate DEPOSIT = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private final ZaikeiDirectory directory = new ZaikeiDirectory() {
        @Override
        public Optional<Employer> employer(String contractNumber) {
            return switch (contractNumber) {
                case EMPLOYER -> Optional.of(new Employer(3, true));
                case NO_ZAIKEI -> Optional.of(new Employer(1, false));
                default -> Optional.empty();
            };
        }

        @Override
        public boolean statementExists(long organizationId, YearMonth yearMonth, CycleKind runKind) {
            return yearMonth.equals(YearMonth.of(2026, 10));
        }
    };

    private List<String> validate(Path file, RequestFormat format) throws Exception {
        List<String> problems = new ArrayList<>();
        try (ZaikeiParser parser = ZaikeiParser.open(file, format, StandardCharsets.UTF_8)) {
            ZaikeiStatementValidator.validate(parser, directory, p -> problems.add(p.toString()));
        }
        return problems;
    }

    @Test
    void goodFilesOfBothVariantsAreValidAndReadBack() throws Exception {
        List<ZLine> lines = ZaikeiFileFixtures.lines(EMPLOYER, 6, 100);
        Path csv = dir.resolve("s.csv");
        Path fixed = dir.resolve("s.dat");
        ZaikeiFileFixtures.writeCsv(csv, MONTH, CycleKind.MONTHLY, DEPOSIT, lines);
        ZaikeiFileFixtures.writeFixed(fixed, MONTH, CycleKind.MONTHLY, DEPOSIT, lines);
        assertEquals(List.of(), validate(csv, RequestFormat.CSV));
        assertEquals(List.of(), validate(fixed, RequestFormat.FIXED));

        try (ZaikeiParser parser = ZaikeiParser.open(fixed, RequestFormat.FIXED, StandardCharsets.UTF_8)) {
            ZaikeiRecord.Header header = (ZaikeiRecord.Header) parser.next();
            assertEquals(MONTH, header.yearMonth());
            assertEquals(DEPOSIT, header.depositDate());
            ZaikeiRecord.Data first = (ZaikeiRecord.Data) parser.next();
            assertEquals("スズキ　ハナコ", first.nameKana(), "stored as full-width katakana");
            assertEquals(20_000, first.monthlyAmount());
            ZaikeiRecord.Data second = (ZaikeiRecord.Data) parser.next();
            ZaikeiRecord.Data housing = (ZaikeiRecord.Data) parser.next();
            parser.next();
            ZaikeiRecord.Data third = (ZaikeiRecord.Data) parser.next(); // person 3's pension, stopped
            assertEquals(600_000L, second.balance());
            assertTrue(third.stopped());
            assertNull(third.balance(), "a blank balance is not given");
            assertEquals(LocalDate.of(2023, 3, 25), third.lastContribution());
            assertNull(housing.lastContribution(), "zeros: no contribution yet");
        }
    }

    @Test
    void everyProblemNamesLineAndField() throws Exception {
        List<ZLine> lines = new ArrayList<>(ZaikeiFileFixtures.lines(EMPLOYER, 3, 100));
        lines.set(1, lines.get(1).withMonthlyAmount("12a00"));
        lines.set(2, lines.get(2).withContract("9999999999"));
        Path csv = dir.resolve("bad.csv");
        ZaikeiFileFixtures.writeCsv(csv, MONTH, CycleKind.MONTHLY, DEPOSIT, lines);
        List<String> problems = validate(csv, RequestFormat.CSV);
        assertTrue(problems.contains("行 3 項目「月例積立額」(monthly amount): 数字以外の文字があります / not a number"), problems.toString());
        assertTrue(problems.contains("行 4 項目「契約番号」(contract number): 登録されていない契約番号です / unknown contract number"),
                problems.toString());
    }

    @Test
    void employerWithoutZaikeiOrRunAlreadyLoadedOrDuplicateContractIsRefused() throws Exception {
        List<ZLine> lines = new ArrayList<>(ZaikeiFileFixtures.lines(EMPLOYER, 2, 100));
        lines.add(lines.get(0));
        lines.add(lines.get(1).withContract(NO_ZAIKEI));
        Path csv = dir.resolve("dup.csv");
        ZaikeiFileFixtures.writeCsv(csv, MONTH, CycleKind.MONTHLY, DEPOSIT, lines);
        List<String> problems = validate(csv, RequestFormat.CSV);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("行 5 項目「財形契約番号」") && p.contains("行 2")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("行 6 項目「契約番号」") && p.contains("財形の契約がない")),
                problems.toString());

        Path loaded = dir.resolve("loaded.csv");
        ZaikeiFileFixtures.writeCsv(loaded, YearMonth.of(2026, 10), CycleKind.MONTHLY, DEPOSIT, lines.subList(0, 1));
        assertTrue(validate(loaded, RequestFormat.CSV).get(0).contains("取込済み"));
    }

    @Test
    void structureAndTotalsAreChecked() throws Exception {
        Path fixed = dir.resolve("cut.dat");
        ZaikeiFileFixtures.writeFixed(fixed, MONTH, CycleKind.BONUS, DEPOSIT, ZaikeiFileFixtures.lines(EMPLOYER, 2, 1));
        byte[] bytes = Files.readAllBytes(fixed);
        Files.write(fixed, java.util.Arrays.copyOf(bytes, bytes.length - 122)); // no end record
        assertEquals(List.of("ファイル末尾 (end of file): エンドレコードがありません / end record missing"),
                validate(fixed, RequestFormat.FIXED));

        Path csv = dir.resolve("total.csv");
        Files.writeString(csv, "H,202611,1,20261125\r\nD,3000000003,0000000001,,ﾔﾏﾀﾞ ﾀﾛｳ,19800101,2,00000001,"
                + "10000,0,,20050401,,1\r\nT,1,9000,0\r\n");
        List<String> problems = validate(csv, RequestFormat.CSV);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("行 3 項目「月例積立額合計」"), problems.toString());

        Path noHeader = dir.resolve("nohead.csv");
        Files.writeString(noHeader, "T,0,0,0\r\n");
        assertFalse(validate(noHeader, RequestFormat.CSV).isEmpty());
    }
}
