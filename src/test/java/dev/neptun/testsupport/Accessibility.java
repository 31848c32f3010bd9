package dev.neptun.testsupport;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** An axe-core scan of what the browser shows now (Deque's Selenium integration, axe.min.js from its jar). */
public final class Accessibility {

    /** The violations of one scan, with what a failing test needs to say. */
    public record Scan(String view, List<Rule> violations) {

        /** The violations a person is hindered by: impact serious or critical. */
        public List<String> seriousOrCritical() {
            return violations.stream().filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                    .map(Scan::describe).toList();
        }

        /** The count of violations per impact, e.g. {minor=1}; empty when there are none. */
        public Map<String, Long> byImpact() {
            return violations.stream().collect(Collectors.groupingBy(rule -> String.valueOf(rule.getImpact()), TreeMap::new,
                    Collectors.counting()));
        }

        private static String describe(Rule rule) {
            return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
        }
    }

    private Accessibility() {
    }

    /** Scans the whole document with axe's default rules, and logs the count per impact for the record. */
    public static Scan scan(WebDriver driver, String view) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe failed on " + view + ": " + results.getErrorMessage());
        }
        Scan scan = new Scan(view, results.getViolations());
        System.out.println("axe-core " + results.getTestEngine().getVersion() + ", " + view + ": violations by impact "
                + scan.byImpact() + ", " + results.getPasses().size() + " rules passed");
        return scan;
    }
}
