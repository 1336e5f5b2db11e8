package jp.kojo.it.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * axe-core on every public page and the main screens, in both languages and at both widths; serious and
 * critical findings fail. One line per page: language, path, user (empty: no certificate, not logged in).
 */
class AccessibilityIT extends KojoBrowserIT {
    @ParameterizedTest(name = "{1} ({0}) as {2}")
    @CsvSource(nullValues = "", value = {
            "ja, /public/login.xhtml,",
            "en, /public/login.xhtml,",
            "ja, /public/login.xhtml, bank01",
            "ja, /public/no-such-page.xhtml,",
            "en, /public/no-such-page.xhtml,",
            "ja, /public/expired.xhtml,",
            "en, /public/session-ended.xhtml?reason=limit,",
            "ja, /batch/jobs.xhtml, union01g",
            "ja, " + MENU + ", union01g",
            "en, " + MENU + ", union01g",
            "ja, /deduction/list.xhtml, union01g",
            "en, /deduction/list.xhtml, union01g",
            "ja, /deduction/results.xhtml, payroll01",
            "en, /deduction/results.xhtml, payroll01g",
            "ja, /batch/jobs.xhtml, batch01",
            "en, /batch/jobs.xhtml, batch01",
            "ja, /,",
            "en, /,",
            "ja, /public/calendar.xhtml,",
            "en, /public/calendar.xhtml?year=2027,",
            "ja, /public/closed.xhtml,",
            "ja, /public/forms.xhtml,",
            "en, /public/forms.xhtml, union01g",
            "ja, /public/start.xhtml,",
            "ja, /public/environment.xhtml,",
            "en, /public/contact.xhtml,",
            "ja, /public/manual.xhtml?m=common,",
            "en, /public/manual.xhtml?m=lump-sum,",
            "ja, /bank/calendar.xhtml, bank01",
            "en, /bank/calendar.xhtml, bank01",
            "ja, /account/password.xhtml, union01g",
            "en, /account/history.xhtml, union01g",
            "ja, /account/users.xhtml, union01",
            "ja, /bank/unlock.xhtml, bank01",
            "ja, /deduction/cycles.xhtml, union01g",
            "en, /deduction/cycles.xhtml, union01g",
            "ja, /bank/lump-sum.xhtml, bank01",
            "ja, /bank/registration.xhtml, bank01",
            "ja, /bank/organizations.xhtml, bank01",
            "en, /bank/organizations.xhtml, bank01",
            "ja, /bank/requests.xhtml, bank01",
            "en, /bank/requests.xhtml, bank01",
            "ja, /bank/notices.xhtml, bank01",
            "en, /bank/notices.xhtml, bank01",
            "ja, /bank/audit.xhtml, bank01",
            "en, /bank/audit.xhtml, bank01",
            "ja, /public/register.xhtml,",
            "en, /public/register.xhtml,",
            "ja, /public/certificate.xhtml,",
            "en, /public/certificate.xhtml,",
    })
    void pageHasNoSeriousOrCriticalFindings(String language, String path, String user) throws Exception {
        KojoBrowser browser = user == null ? browser(null) : loggedIn(user);
        browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
        browser.assertAccessible();
        browser.resize(KojoBrowser.TABLET).assertAccessible().resize(KojoBrowser.DESKTOP);
    }
}
