package jp.kojo.forms.control;

import static jp.kojo.forms.control.FormLayout.entry;
import static jp.kojo.forms.control.FormLayout.label;

import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.organization.entity.ServiceKind;

/** What each form asks beyond the applicant: its introduction, its own fields and its notes. */
final class FormSections {
    private static final int DELETION_ROWS = 5;
    private static final String OTHER = "その他（　　　　　　　　）";

    private FormSections() {
    }

    static String intro(FormKind kind) {
        return switch (kind) {
            case INITIAL_PASSWORD_MEMBER -> "当会員は、貴金庫の労金控除サービス利用規定を承認のうえ、マスターユーザーの"
                    + "初期パスワードを下記のとおり届け出ます。";
            case INITIAL_PASSWORD_EMPLOYER -> "当事業所は、貴金庫の労金控除サービス利用規定を承認のうえ、マスターユーザーの"
                    + "初期パスワードを下記のとおり届け出ます。";
            case USER_DELETION -> "労金控除サービスの下記の利用者（ユーザー）の削除を依頼します。";
            case CONTRACT_NUMBER_ENQUIRY -> "労金控除サービスの契約番号について、下記のとおり照会を依頼します。";
            case CERTIFICATE_REVOCATION -> "労金控除サービスの下記の電子証明書の失効を依頼します。";
            case SERVICE_CHANGE -> "労金控除サービスの利用サービスを、下記のとおり変更します。";
        };
    }

    static void addBody(Document document, FormKind kind, FormFill fill) {
        switch (kind) {
            case INITIAL_PASSWORD_MEMBER, INITIAL_PASSWORD_EMPLOYER -> initialPassword(document, fill);
            case USER_DELETION -> userDeletion(document);
            case CONTRACT_NUMBER_ENQUIRY -> contractNumberEnquiry(document);
            case CERTIFICATE_REVOCATION -> certificateRevocation(document);
            case SERVICE_CHANGE -> serviceChange(document, fill);
        }
    }

    /** The password boxes stay empty even on a filled form: only the customer ever writes the password. */
    private static void initialPassword(Document document, FormFill fill) {
        document.add(FormLayout.sectionHeading("お届け内容", "Details"));
        Table table = fieldTable();
        table.addCell(label("初期パスワード", "Initial password"));
        table.addCell(FormLayout.wrap(new Div().add(FormLayout.characterBoxes(null, 12, 22))
                .add(hint("英数字 8〜12桁（英字と数字を必ず含めてください）。1マスに1文字、楷書でご記入ください。"))));
        table.addCell(label("初期パスワード（確認用）", "Repeat"));
        table.addCell(FormLayout.wrap(FormLayout.characterBoxes(null, 12, 22)));
        table.addCell(label("マスターユーザー氏名", "Master user"));
        table.addCell(entry(null));
        table.addCell(label("メールアドレス", "E-mail"));
        table.addCell(entry(null));
        table.addCell(label("ご利用サービス", "Services"));
        table.addCell(FormLayout.wrap(serviceChoices(fill)));
        document.add(table);
    }

    private static void userDeletion(Document document) {
        document.add(FormLayout.sectionHeading("削除する利用者", "Users to delete"));
        Table table = new Table(UnitValue.createPointArray(new float[] {26, 130, 130, 225}));
        table.addHeaderCell(columnHeader("No."));
        table.addHeaderCell(columnHeader("ログインID"));
        table.addHeaderCell(columnHeader("利用者氏名"));
        table.addHeaderCell(columnHeader("削除理由"));
        for (int i = 1; i <= DELETION_ROWS; i++) {
            table.addCell(entry(Integer.toString(i), 9).setTextAlignment(TextAlignment.CENTER));
            table.addCell(entry(null));
            table.addCell(entry(null));
            table.addCell(FormLayout.wrap(FormLayout.choices(List.of("退職", "異動", "その他（　　　　　）"),
                    List.of())).setPaddingLeft(4));
        }
        document.add(table);
        document.add(desiredDate("削除希望日"));
    }

    private static void contractNumberEnquiry(Document document) {
        document.add(FormLayout.sectionHeading("照会理由", "Reason"));
        Table reason = fieldTable();
        reason.addCell(label("照会理由", "Reason"));
        reason.addCell(FormLayout.wrap(FormLayout.choices(
                List.of("契約番号を失念", "契約書類を紛失", OTHER), List.of())));
        document.add(reason);

        document.add(FormLayout.sectionHeading("ご回答欄（金庫記入欄）", "Reply from the bank"));
        Table reply = fieldTable();
        reply.addCell(label("契約番号", "Contract no."));
        reply.addCell(FormLayout.wrap(FormLayout.characterBoxes(null, 10, 17)));
        reply.addCell(label("取引店", "Branch"));
        reply.addCell(entry(null));
        reply.addCell(label("回答日", "Date"));
        reply.addCell(entry(JapaneseDates.BLANK, 9.5f));
        reply.addCell(label("回答者", "Answered by"));
        reply.addCell(entry(null));
        document.add(reply);
    }

    private static void certificateRevocation(Document document) {
        document.add(FormLayout.sectionHeading("失効する電子証明書", "Certificate to revoke"));
        Table table = fieldTable();
        table.addCell(label("ログインID", "Login id"));
        table.addCell(entry(null));
        table.addCell(label("利用者氏名", "User name"));
        table.addCell(entry(null));
        table.addCell(label("失効理由", "Reason"));
        table.addCell(FormLayout.wrap(FormLayout.choices(List.of("PC交換", "紛失", OTHER), List.of())));
        table.addCell(label("再発行", "Re-issue"));
        table.addCell(FormLayout.wrap(FormLayout.choices(List.of("希望する", "希望しない"), List.of())));
        document.add(table);
    }

    /** One row a service: whether the contract uses it now (marked when filled), and boxes to add or drop it. */
    private static void serviceChange(Document document, FormFill fill) {
        document.add(FormLayout.sectionHeading("変更するサービス", "Services to change"));
        Table table = new Table(UnitValue.createPointArray(new float[] {211, 100, 100, 100}));
        table.addHeaderCell(columnHeader("サービス"));
        table.addHeaderCell(columnHeader("現在のご利用"));
        table.addHeaderCell(columnHeader("追加"));
        table.addHeaderCell(columnHeader("廃止"));
        for (ServiceKind service : ServiceKind.values()) {
            boolean used = fill.services().contains(service);
            table.addCell(entry(serviceName(service)));
            table.addCell(centred(FormLayout.choices(List.of("利用中"), used ? List.of(0) : List.of())));
            table.addCell(centred(FormLayout.choices(List.of("追加"), List.of())));
            table.addCell(centred(FormLayout.choices(List.of("廃止"), List.of())));
        }
        document.add(table);
        document.add(desiredDate("変更希望日"));
    }

    static String serviceName(ServiceKind service) {
        return switch (service) {
            case LUMP_SUM -> "まとめ入金型 労金控除";
            case PAYROLL -> "賃金控除型 労金控除";
            case COLLECTIVE_SAVINGS -> "一斉積立";
            case ZAIKEI -> "財形";
        };
    }

    private static Paragraph serviceChoices(FormFill fill) {
        List<String> names = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (ServiceKind service : ServiceKind.values()) {
            if (fill.services().contains(service)) {
                used.add(names.size());
            }
            names.add(serviceName(service));
        }
        return FormLayout.choices(names, used).setFontSize(8.5f);
    }

    static List<String> notes(FormKind kind) {
        List<String> notes = new ArrayList<>(switch (kind) {
            case INITIAL_PASSWORD_MEMBER, INITIAL_PASSWORD_EMPLOYER -> List.of(
                    "初期パスワードは、マスターユーザーの初回登録で契約番号とともに入力します。初回ログイン後、直ちに変更してください。",
                    "生年月日・電話番号・同じ文字や連続した文字など、推測されやすいパスワードは使用しないでください。",
                    "本届出書は他人の目に触れないよう封筒に入れ、取引店の窓口へご提出ください（郵送・FAXでは受け付けません）。");
            case USER_DELETION -> List.of(
                    "一般ユーザーは、マスターユーザーが画面から削除することもできます。画面で削除できない場合にご利用ください。",
                    "マスターユーザーは削除できません。マスターユーザーの変更は取引店にご相談ください。",
                    "削除した利用者の電子証明書は同時に失効します。");
            case CONTRACT_NUMBER_ENQUIRY -> List.of(
                    "契約番号は、お届出印を照合し、ご本人であることを確認したうえでご回答します。",
                    "ご回答は取引店の窓口で書面にて行います。お電話ではご回答できません。");
            case CERTIFICATE_REVOCATION -> List.of(
                    "失効の手続き後は、その電子証明書ではログインできません。",
                    "紛失・盗難の場合は、先に取引店へお電話でご連絡ください。",
                    "再発行を希望される場合は、手続き完了後に電子証明書の取得画面から新しい証明書を取得してください。");
            case SERVICE_CHANGE -> List.of(
                    "追加するサービスは「追加」に、廃止するサービスは「廃止」にレ点をご記入ください。",
                    "廃止するサービスに未送信のデータがある場合は、送信を済ませてからお届けください。",
                    "変更の反映日は、取引店からご連絡します。");
        });
        notes.add("お届出印欄には、取引店にお届けの印鑑を押印してください。");
        notes.add("記入内容を訂正するときは、二重線を引き、お届出印を押印してください（修正液は使用できません）。");
        return notes;
    }

    private static Table fieldTable() {
        Table table = new Table(UnitValue.createPointArray(new float[] {120, 391}));
        table.setBorder(new SolidBorder(FormLayout.INK, FormLayout.FRAME));
        return table;
    }

    private static Cell columnHeader(String text) {
        return new Cell().add(new Paragraph(text).setMargin(0).setFontSize(8.5f))
                .setBackgroundColor(FormLayout.LABEL_BACKGROUND).setBorder(FormLayout.line()).setPadding(3)
                .setTextAlignment(TextAlignment.CENTER);
    }

    private static Cell centred(Paragraph content) {
        return FormLayout.wrap(content).setTextAlignment(TextAlignment.CENTER)
                .setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    private static Paragraph hint(String text) {
        return new Paragraph(text).setMargin(0).setMarginTop(3).setFontSize(7).setFontColor(FormLayout.MUTED);
    }

    private static Paragraph desiredDate(String label) {
        return new Paragraph(label + "　" + JapaneseDates.BLANK).setFontSize(9.5f).setMargin(0).setMarginTop(6)
                .setTextAlignment(TextAlignment.RIGHT);
    }
}
