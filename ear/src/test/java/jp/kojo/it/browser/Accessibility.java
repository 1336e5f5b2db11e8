package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the copy inside axe-core's Selenium binding: nothing is downloaded) on the current page.
 * Serious and critical violations fail the test with a list a person can act on; the others are printed.
 */
final class Accessibility {
    private static final Set<String> FAILING = Set.of("serious", "critical");

    private Accessibility() {
    }

    static void assertNoSeriousViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + page + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        StringBuilder serious = new StringBuilder();
        for (Rule rule : violations) {
            String line = describe(rule);
            if (FAILING.contains(rule.getImpact())) {
                serious.append(line);
            } else {
                System.out.println("axe (" + page + ", not failing): " + line);
            }
        }
        if (!serious.isEmpty()) {
            fail("axe-core finds serious or critical problems on " + page + ":\n" + serious);
        }
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder()
                .append("- [").append(rule.getImpact()).append("] ").append(rule.getId()).append(": ")
                .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")\n");
        for (CheckedNode node : rule.getNodes()) {
            text.append("    at ").append(node.getTarget()).append("  ").append(node.getHtml()).append('\n');
            if (node.getFailureSummary() != null) {
                text.append("       ").append(node.getFailureSummary().replace("\n", "\n       ")).append('\n');
            }
        }
        return text.toString();
    }
}
