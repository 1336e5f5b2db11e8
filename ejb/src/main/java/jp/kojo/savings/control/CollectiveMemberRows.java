package jp.kojo.savings.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kojo.savings.boundary.CollectiveLineView;
import jp.kojo.savings.boundary.CollectiveMemberRow;
import jp.kojo.savings.boundary.CollectiveMemberSort;
import jp.kojo.savings.boundary.SavingsProduct;

/**
 * Turns a statement's lines (one per member and product) into one row per member with the contribution to each
 * product and the member's total, sorted; ties keep the file's order.
 */
public final class CollectiveMemberRows {
    private CollectiveMemberRows() {
    }

    /** @param lines in file order */
    public static List<CollectiveMemberRow> of(Iterable<CollectiveLineView> lines, CollectiveMemberSort sort,
                                               boolean ascending) {
        record Builder(CollectiveLineView first, Map<SavingsProduct, Long> amounts) {
        }
        Map<String, Builder> members = new LinkedHashMap<>();
        for (CollectiveLineView line : lines) {
            members.computeIfAbsent(line.memberNumber(), m -> new Builder(line, new EnumMap<>(SavingsProduct.class)))
                    .amounts().merge(line.product(), line.amount(), Long::sum);
        }
        List<CollectiveMemberRow> rows = new ArrayList<>(members.size());
        for (Builder b : members.values()) {
            CollectiveLineView first = b.first();
            rows.add(new CollectiveMemberRow(first.lineNumber(), first.memberNumber(), first.employeeNumber(),
                    first.nameKana(), b.amounts(), b.amounts().values().stream().mapToLong(Long::longValue).sum()));
        }
        Comparator<CollectiveMemberRow> order = switch (sort == null ? CollectiveMemberSort.LINE_NUMBER : sort) {
            case LINE_NUMBER -> Comparator.comparingInt(CollectiveMemberRow::lineNumber);
            case MEMBER_NUMBER -> Comparator.comparing(CollectiveMemberRow::memberNumber);
            case NAME_KANA -> Comparator.comparing(CollectiveMemberRow::nameKana);
            case TOTAL_AMOUNT -> Comparator.comparingLong(CollectiveMemberRow::total);
        };
        rows.sort((ascending ? order : order.reversed()).thenComparingInt(CollectiveMemberRow::lineNumber));
        return rows;
    }
}
