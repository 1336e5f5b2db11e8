package jp.kojo.zaikei.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.zaikei.boundary.ZaikeiKindTotal;
import jp.kojo.zaikei.boundary.ZaikeiLineView;
import jp.kojo.zaikei.boundary.ZaikeiStatementHeader;
import jp.kojo.zaikei.control.ZaikeiPdf.Column;
import jp.kojo.zaikei.control.ZaikeiPdf.Grid;

/** お積立明細書 as CSV (a bare table) and as PDF (header, totals by kind, lines). */
public final class ZaikeiStatementReport {
    static final List<String> CSV_COLUMNS = List.of("行番号", "従業員番号", "社員番号", "氏名カナ", "生年月日", "財形種類",
            "財形契約番号", "月例積立額", "賞与積立額", "残高", "積立開始日", "最終積立日", "状態");

    private ZaikeiStatementReport() {
    }

    public static void csv(Iterable<ZaikeiLineView> lines, CsvEncoding encoding, OutputStream out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (ZaikeiLineView l : lines) {
            rows.add(java.util.Arrays.asList(l.lineNumber(), l.personNumber(), l.employeeNumber(), l.nameKana(),
                    l.birthDate(), l.kind().nameJa(), l.savingsContract(), l.monthlyAmount(), l.bonusAmount(),
                    l.balance(), l.startDate(), l.lastContribution(), l.stopped() ? "中止中" : "積立中"));
        }
        ZaikeiCsv.write(CSV_COLUMNS, rows, encoding, out);
    }

    public static void pdf(ZaikeiStatementHeader header, Iterable<ZaikeiLineView> lines, OutputStream out)
            throws IOException {
        List<String[]> fields = List.of(
                new String[] {"事業所名", header.organizationName()},
                new String[] {"契約番号", header.contractNumber()},
                new String[] {"積立回", header.statement().labelJa()},
                new String[] {"入金予定日", ZaikeiPdf.date(header.statement().depositDate())});
        List<List<String>> rows = new ArrayList<>();
        for (ZaikeiLineView l : lines) {
            rows.add(List.of(Integer.toString(l.lineNumber()), l.personNumber(), l.nameKana(), l.kind().nameJa(),
                    l.savingsContract(), ZaikeiPdf.yen(l.monthlyAmount()), ZaikeiPdf.yen(l.bonusAmount()),
                    l.balance() == null ? "" : ZaikeiPdf.yen(l.balance()), ZaikeiPdf.date(l.startDate()),
                    l.stopped() ? "中止中" : "積立中"));
        }
        ZaikeiPdf.write("財形貯蓄 お積立明細書", "Asset-formation savings statement", fields, totals(header.totals()),
                new Grid(List.of(new Column("行", "Line", 4, true), new Column("従業員番号", "Person", 10, false),
                        new Column("氏名カナ", "Name", 20, false), new Column("種類", "Kind", 6, false),
                        new Column("財形契約番号", "Contract", 10, false), new Column("月例積立額", "Monthly", 10, true),
                        new Column("賞与積立額", "Bonus", 10, true), new Column("残高", "Balance", 12, true),
                        new Column("積立開始日", "Start", 11, false), new Column("状態", "Status", 7, false)), rows),
                header.printedAt(), out);
    }

    static Grid totals(List<ZaikeiKindTotal> totals) {
        List<List<String>> rows = new ArrayList<>();
        for (ZaikeiKindTotal t : totals) {
            rows.add(List.of(t.kind() == null ? "合計" : t.kind().nameJa(), ZaikeiPdf.yen(t.contracts()),
                    ZaikeiPdf.yen(t.monthlyAmount()), ZaikeiPdf.yen(t.bonusAmount()), ZaikeiPdf.yen(t.balance())));
        }
        return new Grid(List.of(new Column("財形種類", "Kind", 16, false), new Column("件数", "Contracts", 12, true),
                new Column("月例積立額", "Monthly", 24, true), new Column("賞与積立額", "Bonus", 24, true),
                new Column("残高", "Balance", 24, true)), rows);
    }
}
