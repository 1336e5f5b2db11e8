package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.kojo.it.RegistrationSteps;
import jp.kojo.it.TestMail;
import org.junit.jupiter.api.Test;

/**
 * The bank's initial password screen, the public registration page and the certificate page with its code
 * step, as a person goes through them in Chromium: from a new contract to the passphrase of the new certificate.
 */
class RegistrationScreenIT extends KojoBrowserIT {
    static final String BANK_REGISTRATION = "/bank/registration.xhtml";
    static final String REGISTER = "/public/register.xhtml";
    static final String CERTIFICATE = "/public/certificate.xhtml";

    @Test
    void aNewContractsFirstUserRegistersAndGetsACertificate() throws Exception {
        String contract = RegistrationSteps.contract();
        KojoBrowser bank = loggedIn("bank01").open(BANK_REGISTRATION);
        bank.find("initial:contractNumber").sendKeys(contract);
        bank.find("initial:password").sendKeys(RegistrationSteps.INITIAL_PASSWORD);
        bank.find("initial:confirmation").sendKeys(RegistrationSteps.INITIAL_PASSWORD);
        bank.find("initial:reference").sendKeys("届出書 受付 " + contract);
        bank.find("initial:submit").click();
        bank.waitUntilPath(BANK_REGISTRATION);
        String registered = bank.text("messages");
        assertTrue(registered.contains("契約番号 " + contract), registered);
        assertTrue(bank.text("initial-passwords").contains(contract), "the new registration is listed");
        assertFalse(bank.driver().getPageSource().contains(RegistrationSteps.INITIAL_PASSWORD));
        bank.screenshots("bank-registration");

        TestMail.server();
        String loginId = RegistrationSteps.newLoginId("br");
        KojoBrowser visitor = browser(null).open(REGISTER);
        visitor.screenshots("register");
        visitor.find("register:contractNumber").sendKeys(contract);
        visitor.find("register:initialPassword").sendKeys(RegistrationSteps.INITIAL_PASSWORD);
        visitor.find("register:loginId").sendKeys(loginId);
        visitor.find("register:displayName").sendKeys("画面 花子");
        visitor.find("register:email").sendKeys(RegistrationSteps.email(loginId));
        visitor.find("register:password").sendKeys(RegistrationSteps.PASSWORD);
        visitor.find("register:confirmation").sendKeys(RegistrationSteps.PASSWORD);
        visitor.find("register:submit").click();
        visitor.waitUntilPath(CERTIFICATE);
        assertTrue(visitor.text("messages").contains("マスターユーザー " + loginId + " を登録しました"));
        assertTrue(visitor.text("applicant").contains(loginId));

        visitor.find("send:submit").click();
        visitor.waitUntilPath(CERTIFICATE);
        assertTrue(visitor.text("messages").contains("本人認証コードを送りました"), visitor.text("messages"));
        visitor.screenshots("certificate-code");
        visitor.find("issue:code").sendKeys(TestMail.code(RegistrationSteps.email(loginId), 1));
        visitor.find("issue:submit").click();
        visitor.waitUntilPath(CERTIFICATE);
        assertTrue(visitor.text("messages").contains("電子証明書を発行しました"));
        assertEquals(19, visitor.text("passphrase").length(), "four groups of four: " + visitor.text("passphrase"));
        assertTrue(visitor.find("download").getAttribute("href").contains("/public/certificate-download?token="));
        visitor.screenshots("certificate-issued");
    }

    @Test
    void theCertificatePageAsksForLoginIdAndPasswordWithoutACertificate() throws Exception {
        KojoBrowser visitor = browser(null).open(CERTIFICATE + "?lang=en");
        assertTrue(visitor.find("signin:loginId").isDisplayed());
        visitor.find("signin:loginId").sendKeys("nobody-here");
        visitor.find("signin:password").sendKeys("Wrong-pass-2026");
        visitor.find("signin:submit").click();
        visitor.waitUntilPath(CERTIFICATE);
        assertTrue(visitor.text("messages").contains("The login id or password is not right."), visitor.text("messages"));
        visitor.screenshots("certificate-sign-in-en");
        visitor.open(CERTIFICATE + "?lang=ja");
    }
}
