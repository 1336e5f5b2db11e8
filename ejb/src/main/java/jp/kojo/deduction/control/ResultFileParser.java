package jp.kojo.deduction.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.kojo.deduction.boundary.ResultFileRejectedException;
import jp.kojo.deduction.boundary.ResultMapping;
import jp.kojo.deduction.boundary.UploadProblem;
import jp.kojo.deduction.boundary.UploadProblem.Kind;
import jp.kojo.deduction.entity.Product;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A payroll system's result file (CSV with a header row) read through the organisation's column mapping: every
 * row's person key, product and deducted amount. Amounts may be written as Excel does (1,234 / ¥1,234 / 1234円,
 * full-width digits); keys and products are compared after NFKC (full-width to half-width). The whole file is
 * checked and refused with every problem found (up to {@link #MAX_PROBLEMS}); a key and product twice is a
 * problem, since the second row could not be told from the first.
 */
public final class ResultFileParser {
    public static final int MAX_PROBLEMS = 100;
    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern NEGATIVE = Pattern.compile("[-−△▲]\\s*[\\d,]+");

    /** One row of the file: its row number as a spreadsheet shows it (header = 1). */
    public record ResultRow(int row, String key, Product product, long amount) {
    }

    private ResultFileParser() {
    }

    public static List<ResultRow> parse(String text, ResultMapping mapping) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                // Empty lines stay records (skipped below), so record numbers are the file's rows.
                .setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        List<UploadProblem> problems = new ArrayList<>();
        List<ResultRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            if (columns.isEmpty()) {
                throw new ResultFileRejectedException(List.of(new UploadProblem(1, null, Kind.EMPTY, "")));
            }
            int key = column(columns, mapping.keyColumn(), problems);
            int product = column(columns, mapping.productColumn(), problems);
            int amount = column(columns, mapping.amountColumn(), problems);
            if (!problems.isEmpty()) {
                throw new ResultFileRejectedException(problems);
            }
            Map<String, Integer> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
                int row = (int) record.getRecordNumber() + 1;
                if (isBlank(record)) {
                    continue;
                }
                ResultRow parsed = row(record, row, mapping, key, product, amount, problems);
                if (parsed != null) {
                    Integer earlier = seen.putIfAbsent(matchKey(parsed.key()) + "\t" + parsed.product().code(), row);
                    if (earlier != null) {
                        problems.add(new UploadProblem(row, mapping.keyColumn(), Kind.DUPLICATE_KEY, String.valueOf(earlier)));
                    } else {
                        rows.add(parsed);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Commons CSV reports an open quote or a broken header as one of these, with no reliable row.
            problems.add(new UploadProblem(0, null, Kind.NOT_CSV, shortMessage(e)));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new UploadProblem(2, null, Kind.EMPTY, ""));
        }
        if (!problems.isEmpty()) {
            throw new ResultFileRejectedException(problems);
        }
        return rows;
    }

    private static ResultRow row(CSVRecord record, int row, ResultMapping mapping, int keyAt, int productAt,
                                 int amountAt, List<UploadProblem> problems) {
        String key = normal(value(record, keyAt));
        String productText = normal(value(record, productAt));
        String amountText = value(record, amountAt);
        int before = problems.size();
        if (key.isEmpty()) {
            problems.add(new UploadProblem(row, mapping.keyColumn(), Kind.MISSING_KEY, ""));
        }
        Optional<Product> product = product(productText);
        if (product.isEmpty()) {
            problems.add(new UploadProblem(row, mapping.productColumn(), Kind.UNKNOWN_PRODUCT, productText));
        }
        Long amount = null;
        try {
            amount = amount(amountText);
        } catch (NumberFormatException e) {
            problems.add(new UploadProblem(row, mapping.amountColumn(),
                    NEGATIVE.matcher(normal(amountText)).matches() ? Kind.NEGATIVE : Kind.NOT_A_NUMBER, amountText.strip()));
        }
        return problems.size() > before ? null : new ResultRow(row, key, product.orElseThrow(), amount);
    }

    /**
     * Whole yen as Excel or a payroll system writes them: 1234, 1,234, ¥1,234, \1,234 (the yen sign of
     * Windows-31J), 1,234円, full-width digits. Anything else (a sign, a decimal point, letters) is refused.
     */
    public static long amount(String text) {
        String s = normal(text);
        if (s.startsWith("¥") || s.startsWith("\\")) {
            s = s.substring(1).strip();
        }
        if (s.endsWith("円")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches() || s.length() > 15) {
            throw new NumberFormatException(text);
        }
        return Long.parseLong(s);
    }

    /** A product by its code (30, or 030 as some systems pad it) or its Japanese name. */
    public static Optional<Product> product(String text) {
        String s = normal(text);
        String code = s.length() == 3 && s.startsWith("0") ? s.substring(1) : s;
        return Product.ofCode(code).or(() -> Arrays.stream(Product.values()).filter(p -> p.nameJa().equals(s)).findFirst());
    }

    /** How a key is compared with a line's number: NFKC, and a number's leading zeros dropped (Excel drops them). */
    public static String matchKey(String key) {
        String s = normal(key);
        return PLAIN.matcher(s).matches() ? s.replaceFirst("^0+(?=\\d)", "") : s;
    }

    static String normal(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    private static Map<String, Integer> columns(List<String> headers) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String name = normal(headers.get(i));
            if (!name.isEmpty()) {
                columns.putIfAbsent(name, i);
            }
        }
        return columns;
    }

    private static int column(Map<String, Integer> columns, String name, List<UploadProblem> problems) {
        Integer index = columns.get(normal(name));
        if (index == null) {
            problems.add(new UploadProblem(1, name, Kind.MISSING_COLUMN, name));
            return -1;
        }
        return index;
    }

    private static String value(CSVRecord record, int index) {
        return index < record.size() ? record.get(index) : "";
    }

    private static boolean isBlank(CSVRecord record) {
        for (String v : record) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String shortMessage(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 200 ? m.substring(0, 200) : m;
    }
}
