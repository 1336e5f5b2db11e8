package jp.kojo.web.portal;

import java.util.List;
import java.util.stream.Collectors;
import jp.kojo.deduction.boundary.MonthTotal;

/**
 * The Chart.js configuration of the dashboard's bar chart. PrimeFaces 15's {@code p:chart} takes the
 * configuration as JSON (its former Java chart models are gone), and the few fields needed here are written
 * directly rather than through another library.
 */
final class MonthChart {
    private static final String REQUESTED_COLOUR = "#0b4f8a";
    private static final String NOT_DEDUCTED_COLOUR = "#c2410c";

    private MonthChart() {
    }

    static String json(List<MonthTotal> months, boolean english, String requested, String notDeducted, String axis) {
        String labels = months.stream()
                .map(m -> quote(english ? String.format("%d/%02d", m.month().getYear(), m.month().getMonthValue())
                        : m.month().getYear() + "年" + m.month().getMonthValue() + "月"))
                .collect(Collectors.joining(","));
        String requestedData = months.stream().map(m -> Long.toString(m.requestedAmount())).collect(Collectors.joining(","));
        String notDeductedData = months.stream().map(m -> Long.toString(m.notDeductedAmount())).collect(Collectors.joining(","));
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":["
                + "{\"label\":" + quote(requested) + ",\"data\":[" + requestedData + "],\"backgroundColor\":\"" + REQUESTED_COLOUR + "\"},"
                + "{\"label\":" + quote(notDeducted) + ",\"data\":[" + notDeductedData + "],\"backgroundColor\":\"" + NOT_DEDUCTED_COLOUR + "\"}]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"plugins\":{\"legend\":{\"position\":\"bottom\"}},"
                + "\"scales\":{\"y\":{\"beginAtZero\":true,\"title\":{\"display\":true,\"text\":" + quote(axis) + "}}}}}";
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
