package jp.kojo.forms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import jp.kojo.organization.entity.OrganizationType;
import jp.kojo.organization.entity.ServiceKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FormPdfWriterTest {
    private static final String CONTRACT = "1234567890";
    private static final String NAME = "東都電機労働組合";
    private static final FormFill FILLED = new FormFill(CONTRACT, NAME, "トウトデンキロウドウクミアイ",
            OrganizationType.MEMBER, "中央執行委員長　東都 一郎", "東京都千代田区丸の内一丁目1番1号", "03-0000-1111",
            "本店営業部", Set.of(ServiceKind.LUMP_SUM, ServiceKind.COLLECTIVE_SAVINGS), LocalDate.of(2026, 12, 1));

    /** What the form says, with the gaps between boxed characters closed up. */
    private record Rendered(byte[] bytes, String text, String compact) {
    }

    private static Rendered render(FormKind kind, FormFill fill) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormPdfWriter.write(kind, fill, out);
        byte[] bytes = out.toByteArray();
        dumpForLooking(kind, fill, bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc);
            return new Rendered(bytes, text, text.replaceAll("[\\s\u3000]+", ""));
        }
    }

    /** With -Dforms.dump=DIR the PDFs are kept, to be rendered to PNG and looked at. */
    private static void dumpForLooking(FormKind kind, FormFill fill, byte[] bytes) throws IOException {
        String dir = System.getProperty("forms.dump");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, kind.slug() + (fill.isBlank() ? "-blank" : "-filled") + ".pdf"), bytes);
        }
    }

    @ParameterizedTest
    @EnumSource(FormKind.class)
    void blankFormHasTitleLabelsSealAndBranchBoxesButNoContractData(FormKind kind) throws IOException {
        Rendered form = render(kind, FormFill.blank());
        assertTrue(form.compact().contains(kind.titleJa()), form.text());
        for (String label : new String[] {"契約番号", "フリガナ", "所在地", "代表者", "電話番号", "取引店", "届出印",
                "金庫使用欄", "受付印", "取扱者", "検印", "○○労働金庫御中", "記入日", "ご注意"}) {
            assertTrue(form.compact().contains(label), label + " missing in " + form.text());
        }
        assertTrue(form.text().contains("記入日　令和　　年　　月　　日"), form.text());
        assertFalse(form.compact().contains(CONTRACT), form.text());
        assertFalse(form.compact().contains(NAME), form.text());
        assertFalse(form.text().contains(FormLayout.CHECKED + " 利用中"), "nothing marked as used on a blank form");
    }

    @ParameterizedTest
    @EnumSource(FormKind.class)
    void filledFormCarriesTheContract(FormKind kind) throws IOException {
        Rendered form = render(kind, FILLED);
        assertTrue(form.compact().contains(kind.titleJa()), form.text());
        assertTrue(form.compact().contains(CONTRACT), form.text());
        assertTrue(form.text().contains(NAME), form.text());
        assertTrue(form.text().contains("トウトデンキロウドウクミアイ"), form.text());
        assertTrue(form.text().contains("中央執行委員長　東都 一郎"), form.text());
        assertTrue(form.text().contains("東京都千代田区丸の内一丁目1番1号"), form.text());
        assertTrue(form.text().contains("03-0000-1111"), form.text());
        assertTrue(form.text().contains("本店営業部"), form.text());
        assertTrue(form.text().contains("記入日　令和8年12月1日"), form.text());
    }

    @ParameterizedTest
    @EnumSource(FormKind.class)
    void onePortraitA4PageWithIpaexGothicEmbeddedAsSubset(FormKind kind) throws IOException {
        Rendered form = render(kind, FILLED);
        assertTrue(form.bytes().length < 300_000, "font not subset? PDF has " + form.bytes().length + " bytes");
        try (PDDocument doc = Loader.loadPDF(form.bytes())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.5f);
            assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.5f);
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                fonts++;
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+IPAexGothic"), "no subset prefix: " + font.getName());
            }
            assertEquals(1, fonts);
        }
    }

    @ParameterizedTest
    @EnumSource(value = FormKind.class, names = {"INITIAL_PASSWORD_MEMBER", "INITIAL_PASSWORD_EMPLOYER"})
    void initialPasswordFormsSpeakToMembersOrEmployersAndLeaveThePasswordToTheCustomer(FormKind kind)
            throws IOException {
        Rendered filled = render(kind, FILLED);
        boolean member = kind == FormKind.INITIAL_PASSWORD_MEMBER;
        assertEquals(member, filled.text().contains("当会員は"), filled.text());
        assertEquals(!member, filled.text().contains("当事業所は"), filled.text());
        assertEquals(member, filled.text().contains("会員名（団体名）"), filled.text());
        assertEquals(!member, filled.text().contains("事業所名（事業主）"), filled.text());
        assertTrue(filled.text().contains("初期パスワード（確認用）"), filled.text());
        // The password boxes sit between their label and the next one; on a filled form they stay empty too.
        String boxes = between(filled.text(), "初期パスワード\nInitial password", "英数字");
        assertTrue(boxes.isBlank(), "password boxes must stay empty: " + boxes);
    }

    @ParameterizedTest
    @EnumSource(FormKind.class)
    void formSpecificFieldsArePrinted(FormKind kind) throws IOException {
        String text = render(kind, FormFill.blank()).text();
        String[] expected = switch (kind) {
            case INITIAL_PASSWORD_MEMBER, INITIAL_PASSWORD_EMPLOYER ->
                    new String[] {"初期パスワード", "マスターユーザー氏名", "メールアドレス"};
            case USER_DELETION -> new String[] {"削除する利用者", "ログインID", "利用者氏名", "削除理由", "退職", "削除希望日"};
            case CONTRACT_NUMBER_ENQUIRY -> new String[] {"照会理由", "ご回答欄（金庫記入欄）", "回答日", "回答者"};
            case CERTIFICATE_REVOCATION -> new String[] {"ログインID", "利用者氏名", "失効理由", "□ PC交換", "□ 紛失",
                    "□ その他", "再発行"};
            case SERVICE_CHANGE -> new String[] {"まとめ入金型 労金控除", "賃金控除型 労金控除", "一斉積立", "財形",
                    "□ 追加", "□ 廃止", "変更希望日"};
        };
        for (String field : expected) {
            assertTrue(text.contains(field), field + " missing in " + text);
        }
    }

    @org.junit.jupiter.api.Test
    void serviceChangeMarksTheServicesInUseWhenFilled() throws IOException {
        String filled = render(FormKind.SERVICE_CHANGE, FILLED).text();
        assertEquals(2, count(filled, "■ 利用中"), filled);
        assertEquals(2, count(filled, "□ 利用中"), filled);
        assertTrue(filled.indexOf("まとめ入金型 労金控除") < filled.indexOf("■ 利用中"), filled);
        assertEquals(0, count(render(FormKind.SERVICE_CHANGE, FormFill.blank()).text(), "■ 利用中"));
    }

    @org.junit.jupiter.api.Test
    void theOrganisationTypeIsMarked() throws IOException {
        String filled = render(FormKind.USER_DELETION, FILLED).text();
        assertTrue(filled.contains("■ 会員"), filled);
        assertTrue(filled.contains("□ 事業主"), filled);
        String employer = render(FormKind.INITIAL_PASSWORD_EMPLOYER, FormFill.blank()).text();
        assertTrue(employer.contains("■ 事業主"), employer);
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to, start);
        assertTrue(start >= 0 && end > start, text);
        return text.substring(start + from.length(), end);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
