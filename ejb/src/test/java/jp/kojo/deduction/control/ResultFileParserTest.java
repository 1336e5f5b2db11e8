package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kojo.deduction.boundary.KeyKind;
import jp.kojo.deduction.boundary.ResultFileRejectedException;
import jp.kojo.deduction.boundary.ResultMapping;
import jp.kojo.deduction.boundary.UploadEncoding;
import jp.kojo.deduction.boundary.UploadProblem;
import jp.kojo.deduction.boundary.UploadProblem.Kind;
import jp.kojo.deduction.control.ResultFileParser.ResultRow;
import jp.kojo.deduction.entity.Product;
import org.junit.jupiter.api.Test;

class ResultFileParserTest {
    private static final ResultMapping MAPPING = new ResultMapping(KeyKind.EMPLOYEE_NUMBER, "社員番号", "商品",
            "控除額", UploadEncoding.AUTO);
    private static final String HEADER = "社員番号,氏名,商品,控除額\r\n";

    private static List<ResultRow> parse(String text) {
        return ResultFileParser.parse(text, MAPPING);
    }

    private static List<UploadProblem> problems(String text) {
        return assertThrows(ResultFileRejectedException.class, () -> parse(text)).problems();
    }

    @Test
    void rowsAreReadThroughTheMappingWithTheirSpreadsheetRowNumbers() {
        List<ResultRow> rows = parse(HEADER + "E001,港 一郎,30,\"12,345\"\r\n\r\nE002,港 二郎,積立定期預金,5000\r\n");
        assertEquals(List.of(new ResultRow(2, "E001", Product.LOAN_REPAYMENT, 12_345),
                new ResultRow(4, "E002", Product.INSTALLMENT_DEPOSIT, 5_000)), rows);
    }

    @Test
    void amountsAreTakenAsExcelAndPayrollSystemsWriteThem() {
        assertEquals(1234, ResultFileParser.amount("1,234"));
        assertEquals(1234, ResultFileParser.amount("¥1,234"));
        assertEquals(1234, ResultFileParser.amount("￥１，２３４"));
        assertEquals(1234, ResultFileParser.amount("\\1234"));
        assertEquals(1234, ResultFileParser.amount(" 1234円 "));
        assertEquals(0, ResultFileParser.amount("0"));
        for (String bad : new String[] {"", "12.5", "1,23", "abc", "1 234", "-5", "12,34,567"}) {
            assertThrows(NumberFormatException.class, () -> ResultFileParser.amount(bad), bad);
        }
    }

    @Test
    void productsByCodeOrJapaneseName() {
        assertEquals(Product.CARD_LOAN_REPAYMENT, ResultFileParser.product("40").orElseThrow());
        assertEquals(Product.CARD_LOAN_REPAYMENT, ResultFileParser.product("040").orElseThrow());
        assertEquals(Product.CARD_LOAN_REPAYMENT, ResultFileParser.product("４０").orElseThrow());
        assertEquals(Product.MUTUAL_AID, ResultFileParser.product("共済掛金").orElseThrow());
        assertEquals(true, ResultFileParser.product("99").isEmpty());
    }

    @Test
    void aMissingColumnIsNamed() {
        List<UploadProblem> problems = problems("社員番号,氏名,控除\r\nE001,x,100\r\n");
        assertEquals(List.of(new UploadProblem(1, "商品", Kind.MISSING_COLUMN, "商品"),
                new UploadProblem(1, "控除額", Kind.MISSING_COLUMN, "控除額")), problems);
    }

    @Test
    void everyBadRowIsNamedWithItsColumnAndValue() {
        List<UploadProblem> problems = problems(HEADER + "E001,a,30,1000\r\n,b,30,1000\r\nE003,c,99,1000\r\n"
                + "E004,d,30,千円\r\nE005,e,30,-500\r\n");
        assertEquals(List.of(new UploadProblem(3, "社員番号", Kind.MISSING_KEY, ""),
                new UploadProblem(4, "商品", Kind.UNKNOWN_PRODUCT, "99"),
                new UploadProblem(5, "控除額", Kind.NOT_A_NUMBER, "千円"),
                new UploadProblem(6, "控除額", Kind.NEGATIVE, "-500")), problems);
    }

    @Test
    void aDuplicatedKeyNamesBothRows() {
        List<UploadProblem> problems = problems(HEADER + "E001,a,30,1000\r\nE002,b,30,1000\r\n0E001,x,10,1\r\nE001,c,証書貸付返済,900\r\n");
        assertEquals(List.of(new UploadProblem(5, "社員番号", Kind.DUPLICATE_KEY, "2")), problems);
    }

    @Test
    void duplicatesAreFoundAfterLeadingZerosAsExcelDropsThem() {
        ResultMapping byPerson = new ResultMapping(KeyKind.PERSON_NUMBER, "会員番号", "商品", "控除額", UploadEncoding.AUTO);
        List<UploadProblem> problems = assertThrows(ResultFileRejectedException.class, () -> ResultFileParser.parse(
                "会員番号,商品,控除額\n0001234,30,100\n1234,30,100\n", byPerson)).problems();
        assertEquals(Kind.DUPLICATE_KEY, problems.get(0).kind());
        assertEquals(3, problems.get(0).row());
    }

    @Test
    void aFileWithoutDataRowsIsEmpty() {
        assertEquals(Kind.EMPTY, problems(HEADER).get(0).kind());
        assertEquals(Kind.EMPTY, problems("").get(0).kind());
    }

    @Test
    void anOpenQuoteIsNotCsv() {
        assertEquals(Kind.NOT_CSV, problems(HEADER + "E001,\"a,30,100\r\n").get(0).kind());
    }

    @Test
    void headersMatchAfterFullWidthIsNormalised() {
        List<ResultRow> rows = ResultFileParser.parse("ＩＤ , 商品 ,金額\nＥ００１,30,100\n",
                new ResultMapping(KeyKind.EMPLOYEE_NUMBER, "ID", "商品", "金額", UploadEncoding.AUTO));
        assertEquals("E001", rows.get(0).key());
    }

    @Test
    void readingStopsAtTenMegabytes() throws Exception {
        byte[] big = new byte[ResultFileDecoder.MAX_BYTES];
        ResultFileRejectedException e = assertThrows(ResultFileRejectedException.class,
                () -> ResultFileDecoder.readLimited(new ByteArrayInputStream(big)));
        assertEquals(Kind.TOO_LARGE, e.problems().get(0).kind());
        assertEquals(ResultFileDecoder.MAX_BYTES - 1,
                ResultFileDecoder.readLimited(new ByteArrayInputStream(new byte[ResultFileDecoder.MAX_BYTES - 1])).length);
    }

    @Test
    void utf8WithAndWithoutBomAndWindows31jAreDetected() {
        String text = HEADER + "E001,港 一郎,30,1000\r\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] sjis = text.getBytes(ResultFileDecoder.WINDOWS_31J);
        assertEquals(new ResultFileDecoder.Decoded(text, UploadEncoding.UTF_8), ResultFileDecoder.decode(utf8, UploadEncoding.AUTO));
        assertEquals(new ResultFileDecoder.Decoded(text, UploadEncoding.UTF_8), ResultFileDecoder.decode(bom, UploadEncoding.AUTO));
        assertEquals(new ResultFileDecoder.Decoded(text, UploadEncoding.UTF_8), ResultFileDecoder.decode(bom, UploadEncoding.UTF_8));
        assertEquals(new ResultFileDecoder.Decoded(text, UploadEncoding.WINDOWS_31J), ResultFileDecoder.decode(sjis, UploadEncoding.AUTO));
        assertEquals(new ResultFileDecoder.Decoded(text, UploadEncoding.WINDOWS_31J), ResultFileDecoder.decode(sjis, UploadEncoding.WINDOWS_31J));
        assertEquals("E001", parse(ResultFileDecoder.decode(bom, UploadEncoding.AUTO).text()).get(0).key());
    }

    @Test
    void aFileNotValidInTheChosenEncodingIsRejectedWithItsRowNotGarbled() {
        byte[] sjis = (HEADER + "E001,港 一郎,30,1000\r\n").getBytes(ResultFileDecoder.WINDOWS_31J);
        UploadProblem problem = assertThrows(ResultFileRejectedException.class,
                () -> ResultFileDecoder.decode(sjis, UploadEncoding.UTF_8)).problems().get(0);
        assertEquals(new UploadProblem(1, null, Kind.ENCODING, "UTF_8"), problem);
        // UTF-8 would decode as Windows-31J mojibake without an error: a valid UTF-8 file is refused as Windows-31J.
        byte[] utf8 = ("a,b,c\r\nx,y,z\r\n港,30,1\r\n").getBytes(StandardCharsets.UTF_8);
        UploadProblem asSjis = assertThrows(ResultFileRejectedException.class,
                () -> ResultFileDecoder.decode(utf8, UploadEncoding.WINDOWS_31J)).problems().get(0);
        assertEquals(new UploadProblem(3, null, Kind.ENCODING, "WINDOWS_31J"), asSjis);
        byte[] neither = {'a', '\n', (byte) 0xFF, (byte) 0xFF, '\n'};
        assertEquals(new UploadProblem(2, null, Kind.ENCODING, "AUTO"), assertThrows(ResultFileRejectedException.class,
                () -> ResultFileDecoder.decode(neither, UploadEncoding.AUTO)).problems().get(0));
    }
}
