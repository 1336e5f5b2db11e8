package jp.kojo.zaikei.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.zaikei.boundary.ZaikeiAlertView;
import jp.kojo.zaikei.boundary.ZaikeiChangeLineView;
import jp.kojo.zaikei.boundary.ZaikeiReportView;
import jp.kojo.zaikei.control.ZaikeiPdf.Column;
import jp.kojo.zaikei.control.ZaikeiPdf.Grid;

/** 財形積立変更明細書 and 財形アラーム明細 as CSV and PDF. */
public final class ZaikeiReportWriter {
    private ZaikeiReportWriter() {
    }

    public static void changesCsv(ZaikeiReportView r, CsvEncoding encoding, OutputStream out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (ZaikeiChangeLineView l : r.changes()) {
            rows.add(Arrays.asList(l.kindJa(), l.savingsContract(), l.personNumber(), l.nameKana(),
                    l.savingsKind().nameJa(), l.monthlyBefore(), l.bonusBefore(), l.monthlyAfter(), l.bonusAfter()));
        }
        ZaikeiCsv.write(List.of("変更内容", "財形契約番号", "従業員番号", "氏名カナ", "財形種類", "変更前月例額", "変更前賞与額",
                "変更後月例額", "変更後賞与額"), rows, encoding, out);
    }

    public static void alertsCsv(ZaikeiReportView r, CsvEncoding encoding, OutputStream out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (ZaikeiAlertView a : r.alerts()) {
            rows.add(Arrays.asList(a.kindJa(), a.personNumber(), a.nameKana(), a.savingsContract(),
                    a.savingsKind() == null ? "住宅・年金" : a.savingsKind().nameJa(), a.amount(), a.since()));
        }
        ZaikeiCsv.write(List.of("アラーム", "従業員番号", "氏名カナ", "財形契約番号", "財形種類", "元本・残高", "最終積立日"),
                rows, encoding, out);
    }

    private static List<String[]> fields(ZaikeiReportView r) {
        return List.of(new String[] {"事業所名", r.organizationName()}, new String[] {"契約番号", r.contractNumber()},
                new String[] {"積立回", r.statement().labelJa()},
                new String[] {"比較した積立回", r.previous() == null ? "（なし）" : r.previous().labelJa()});
    }

    public static void changesPdf(ZaikeiReportView r, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ZaikeiChangeLineView l : r.changes()) {
            rows.add(List.of(l.kindJa(), l.savingsContract(), l.personNumber(), l.nameKana(), l.savingsKind().nameJa(),
                    ZaikeiPdf.yen(l.monthlyBefore()), ZaikeiPdf.yen(l.bonusBefore()), ZaikeiPdf.yen(l.monthlyAfter()),
                    ZaikeiPdf.yen(l.bonusAfter())));
        }
        ZaikeiPdf.write("財形積立変更明細書", "Asset-formation savings changes", fields(r), null,
                new Grid(List.of(new Column("変更内容", "Change", 10, false), new Column("財形契約番号", "Contract", 10, false),
                        new Column("従業員番号", "Person", 10, false), new Column("氏名カナ", "Name", 18, false),
                        new Column("種類", "Kind", 6, false), new Column("変更前月例", "Monthly before", 11, true),
                        new Column("変更前賞与", "Bonus before", 11, true), new Column("変更後月例", "Monthly after", 12, true),
                        new Column("変更後賞与", "Bonus after", 12, true)), rows),
                r.printedAt(), out);
    }

    public static void alertsPdf(ZaikeiReportView r, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (ZaikeiAlertView a : r.alerts()) {
            rows.add(List.of(a.kindJa(), a.personNumber(), a.nameKana(), a.savingsContract() == null ? "" : a.savingsContract(),
                    a.savingsKind() == null ? "住宅・年金" : a.savingsKind().nameJa(), ZaikeiPdf.yen(a.amount()),
                    ZaikeiPdf.date(a.since())));
        }
        ZaikeiPdf.write("財形アラーム明細", "Asset-formation savings alerts", fields(r), null,
                new Grid(List.of(new Column("アラーム", "Alert", 18, false), new Column("従業員番号", "Person", 12, false),
                        new Column("氏名カナ", "Name", 20, false), new Column("財形契約番号", "Contract", 12, false),
                        new Column("種類", "Kind", 10, false), new Column("元本・残高", "Principal", 14, true),
                        new Column("最終積立日", "Last contribution", 14, false)), rows),
                r.printedAt(), out);
    }
}
