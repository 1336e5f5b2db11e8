package jp.kojo.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.kojo.forms.boundary.FormView;
import org.junit.jupiter.api.Test;

class FormPdfServletTest {
    private static final FormView FORM = new FormView("service-change", "利用サービス変更届", "Change of services");

    @Test
    void fileNameIsTheJapaneseTitleWithTheSlugAsAsciiFallback() {
        assertEquals("inline; filename=\"service-change.pdf\"; filename*=UTF-8''"
                        + "%E5%88%A9%E7%94%A8%E3%82%B5%E3%83%BC%E3%83%93%E3%82%B9%E5%A4%89%E6%9B%B4%E5%B1%8A.pdf",
                FormPdfServlet.contentDisposition(FORM, false));
    }

    @Test
    void filledFormSaysSoInItsFileName() {
        String disposition = FormPdfServlet.contentDisposition(FORM, true);
        assertTrue(disposition.endsWith("%EF%BC%88%E8%A8%98%E5%85%A5%E6%B8%88%EF%BC%89.pdf"), disposition);
    }
}
