package jp.kojo.deduction.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kojo.deduction.boundary.KeyKind;
import jp.kojo.deduction.boundary.MatchOutcome;
import jp.kojo.deduction.control.ResultFileParser.ResultRow;
import jp.kojo.deduction.entity.Product;

/**
 * Matches the rows of a result file to an organisation's lines of one cycle by person (employee or person
 * number, see {@link ResultFileParser#matchKey}) and product. A row is EQUAL when it deducted the requested
 * amount, DIFFERENT when less, OVER_REQUEST when more (it cannot be applied), UNMATCHED when no line has its key,
 * AMBIGUOUS when several lines of the person have that product. Lines no row reached are listed apart.
 */
public final class ResultMatcher {
    /** What matching needs of a line. */
    public record LineKey(long id, long version, int lineNumber, String personNumber, String employeeNumber,
                          Product product, long requestedAmount) {
    }

    /** A row with the line it matched (null when none) and the outcome. */
    public record Match(ResultRow row, LineKey line, MatchOutcome outcome) {
    }

    public record Result(List<Match> matches, List<LineKey> linesWithoutRow) {
        public long count(MatchOutcome outcome) {
            return matches.stream().filter(m -> m.outcome() == outcome).count();
        }
    }

    private ResultMatcher() {
    }

    public static Result match(List<ResultRow> rows, List<LineKey> lines, KeyKind keyKind) {
        Map<String, List<LineKey>> byKey = new HashMap<>();
        for (LineKey line : lines) {
            String number = keyKind == KeyKind.EMPLOYEE_NUMBER ? line.employeeNumber() : line.personNumber();
            if (number != null && !number.isBlank()) {
                byKey.computeIfAbsent(key(ResultFileParser.matchKey(number), line.product()), k -> new ArrayList<>()).add(line);
            }
        }
        List<Match> matches = new ArrayList<>(rows.size());
        Set<Long> reached = new HashSet<>();
        for (ResultRow row : rows) {
            List<LineKey> candidates = byKey.getOrDefault(key(ResultFileParser.matchKey(row.key()), row.product()), List.of());
            if (candidates.isEmpty()) {
                matches.add(new Match(row, null, MatchOutcome.UNMATCHED));
            } else if (candidates.size() > 1) {
                matches.add(new Match(row, null, MatchOutcome.AMBIGUOUS));
            } else {
                LineKey line = candidates.get(0);
                reached.add(line.id());
                matches.add(new Match(row, line, outcome(line.requestedAmount(), row.amount())));
            }
        }
        List<LineKey> without = lines.stream().filter(l -> !reached.contains(l.id())).toList();
        return new Result(matches, without);
    }

    static MatchOutcome outcome(long requested, long amount) {
        return amount == requested ? MatchOutcome.EQUAL : amount < requested ? MatchOutcome.DIFFERENT
                : MatchOutcome.OVER_REQUEST;
    }

    private static String key(String key, Product product) {
        return key + "\t" + product.code();
    }
}
