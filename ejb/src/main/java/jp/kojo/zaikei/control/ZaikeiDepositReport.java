package jp.kojo.zaikei.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.zaikei.boundary.ZaikeiDepositLineView;
import jp.kojo.zaikei.boundary.ZaikeiDepositTotal;
import jp.kojo.zaikei.boundary.ZaikeiDepositView;
import jp.kojo.zaikei.control.ZaikeiPdf.Column;
import jp.kojo.zaikei.control.ZaikeiPdf.Grid;

/** 預入明細書 as CSV (a bare table of the resulting lines) and as PDF (header, totals by kind, lines). */
public final class ZaikeiDepositReport {
    static final List<String> CSV_COLUMNS = List.of("財形契約番号", "従業員番号", "氏名カナ", "財形種類", "変更区分",
            "変更前月例額", "変更前賞与額", "月例預入額", "賞与預入額", "状態");

    private ZaikeiDepositReport() {
    }

    public static void csv(ZaikeiDepositView deposit, CsvEncoding encoding, OutputStream out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (ZaikeiDepositLineView l : deposit.lines()) {
            rows.add(Arrays.asList(l.savingsContract(), l.personNumber(), l.nameKana(), l.kind().nameJa(),
                    l.change() == null ? "" : l.change().nameJa(), l.previousMonthly(), l.previousBonus(), l.monthly(),
                    l.bonus(), l.stopped() ? "中止中" : "積立中"));
        }
        ZaikeiCsv.write(CSV_COLUMNS, rows, encoding, out);
    }

    public static void pdf(ZaikeiDepositView d, OutputStream out) throws IOException {
        List<String[]> fields = List.of(
                new String[] {"事業所名", d.organizationName()},
                new String[] {"契約番号", d.contractNumber()},
                new String[] {"入金予定日", ZaikeiPdf.date(d.depositDate())},
                new String[] {"送信期限", ZaikeiPdf.date(d.sendBy())},
                new String[] {"もとのお積立明細書", d.statementLabelJa()},
                new String[] {"状態", statusJa(d)},
                new String[] {"承認者", d.approvedBy() == null ? "－" : d.approvedBy() + (d.approvedAlone() ? "（単独承認）" : "")},
                new String[] {"送信者", d.sentBy() == null ? "－" : d.sentBy()});
        List<List<String>> rows = new ArrayList<>();
        for (ZaikeiDepositLineView l : d.lines()) {
            rows.add(List.of(l.savingsContract() == null ? "（新規）" : l.savingsContract(), l.personNumber(), l.nameKana(),
                    l.kind().nameJa(), l.change() == null ? "" : l.change().nameJa(), ZaikeiPdf.yen(l.previousMonthly()),
                    ZaikeiPdf.yen(l.previousBonus()), ZaikeiPdf.yen(l.monthly()), ZaikeiPdf.yen(l.bonus()),
                    l.stopped() ? "中止中" : "積立中"));
        }
        List<List<String>> totals = new ArrayList<>();
        for (ZaikeiDepositTotal t : d.totals()) {
            totals.add(List.of(t.kind() == null ? "合計" : t.kind().nameJa(), ZaikeiPdf.yen(t.savingContracts()),
                    ZaikeiPdf.yen(t.monthly()), ZaikeiPdf.yen(t.bonus())));
        }
        ZaikeiPdf.write("財形預入明細書", "Asset-formation savings deposit statement", fields,
                new Grid(List.of(new Column("財形種類", "Kind", 22, false), new Column("積立件数", "Saving", 18, true),
                        new Column("月例預入額", "Monthly", 30, true), new Column("賞与預入額", "Bonus", 30, true)), totals),
                new Grid(List.of(new Column("財形契約番号", "Contract", 10, false), new Column("従業員番号", "Person", 10, false),
                        new Column("氏名カナ", "Name", 18, false), new Column("種類", "Kind", 6, false),
                        new Column("変更区分", "Change", 9, false), new Column("変更前月例", "Was monthly", 9, true),
                        new Column("変更前賞与", "Was bonus", 9, true), new Column("月例預入額", "Monthly", 10, true),
                        new Column("賞与預入額", "Bonus", 10, true), new Column("状態", "Status", 7, false)), rows),
                d.printedAt(), out);
    }

    static String statusJa(ZaikeiDepositView d) {
        return switch (d.status()) {
            case ISSUED -> "作成中（変更なし）";
            case IN_PROGRESS -> "作成中";
            case APPROVED -> "承認済";
            case SENT, SETTLED -> "送信済";
        };
    }
}
