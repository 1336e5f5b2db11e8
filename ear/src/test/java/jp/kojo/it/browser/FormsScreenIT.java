package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** 帳票・届出書: anyone finds the blank forms; a logged-in organisation user reaches the filled ones from the menu. */
class FormsScreenIT extends KojoBrowserIT {
    private static final int FORMS = 6;

    @Test
    void aVisitorGetsBlankFormsAndAUserFindsTheFilledOnesFromTheMenu() throws Exception {
        KojoBrowser browser = browser("payroll01").open("/public/forms.xhtml");
        assertEquals(FORMS, browser.driver().findElements(By.cssSelector("a[href*='/kojo/public/forms/']")).size());
        assertTrue(browser.driver().findElements(By.cssSelector("a[href*='/kojo/forms/']")).isEmpty());
        browser.screenshots("forms-anonymous");

        loggedIn("payroll01");
        browser.find("menu-forms").click();
        browser.waitUntilPath("/public/forms.xhtml");
        assertEquals(FORMS, browser.driver().findElements(By.cssSelector("a[href*='/kojo/forms/']")).size());
        assertTrue(browser.text("forms-login-hint").contains("記入済みで印刷"));
        browser.screenshots("forms-logged-in");
    }
}
