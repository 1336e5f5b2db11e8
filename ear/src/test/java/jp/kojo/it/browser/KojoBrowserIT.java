package jp.kojo.it.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.kojo.it.TestServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the browser tests, one {@code <Screen>IT} per screen (as OmniFaces' {@code OmniFacesIT}): the
 * deployment, the application's paths in one place, and browsers per user, started once per test class.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class KojoBrowserIT {
    /** The menu users land on after login; one constant, so moving the menu is a one-line change. */
    public static final String MENU = "/menu.xhtml";
    public static final String LOGIN = "/public/login.xhtml";
    public static final String DEDUCTION_LIST = "/deduction/list.xhtml";
    public static final String BATCH_JOBS = "/batch/jobs.xhtml";
    public static final String LUMP_SUM_CYCLES = "/deduction/cycles.xhtml";
    public static final String LUMP_SUM_CYCLE = "/deduction/cycle.xhtml";
    public static final String BANK_LUMP_SUM = "/bank/lump-sum.xhtml";

    private static final Map<String, KojoBrowser> BROWSERS = new LinkedHashMap<>();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    /** This class's browser holding the certificate of {@code loginIdOrNull}, started on first use. */
    protected static KojoBrowser browser(String loginIdOrNull) throws Exception {
        String key = String.valueOf(loginIdOrNull);
        KojoBrowser browser = BROWSERS.get(key);
        if (browser == null) {
            browser = KojoBrowser.start(loginIdOrNull);
            BROWSERS.put(key, browser);
        }
        return browser;
    }

    /** A browser that is logged in as {@code loginId} and shows the menu. */
    protected static KojoBrowser loggedIn(String loginId) throws Exception {
        KojoBrowser browser = browser(loginId);
        browser.open(MENU);
        if (!browser.path().startsWith(MENU)) {
            browser.logIn();
        }
        return browser;
    }

    @AfterAll
    static void closeBrowsers() {
        BROWSERS.values().forEach(KojoBrowser::close);
        BROWSERS.clear();
    }
}
