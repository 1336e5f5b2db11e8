package jp.kojo.savings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import jp.kojo.savings.boundary.CollectiveLineView;
import jp.kojo.savings.boundary.CollectiveMemberRow;
import jp.kojo.savings.boundary.CollectiveMemberSort;
import jp.kojo.savings.boundary.SavingsProduct;
import org.junit.jupiter.api.Test;

class CollectiveMemberRowsTest {
    private static CollectiveLineView line(int n, String member, String name, SavingsProduct product, long amount) {
        return new CollectiveLineView(n, member, null, name, product, "101", "1234567", amount);
    }

    private static final List<CollectiveLineView> LINES = List.of(
            line(1, "0000000003", "ウエダ　タカシ", SavingsProduct.INSTALLMENT_DEPOSIT, 10_000),
            line(2, "0000000003", "ウエダ　タカシ", SavingsProduct.ORDINARY_SAVINGS, 3_000),
            line(3, "0000000001", "アオキ　ケン", SavingsProduct.INSTALLMENT_SAVINGS, 20_000),
            line(4, "0000000002", "イノウエ　サチ", SavingsProduct.INSTALLMENT_DEPOSIT, 13_000),
            line(5, "0000000002", "イノウエ　サチ", SavingsProduct.PURPOSE_SAVINGS, 20_000));

    @Test
    void oneRowPerMemberWithTheContributionByProductAndTheTotal() {
        List<CollectiveMemberRow> rows = CollectiveMemberRows.of(LINES, CollectiveMemberSort.LINE_NUMBER, true);
        assertEquals(List.of("0000000003", "0000000001", "0000000002"),
                rows.stream().map(CollectiveMemberRow::memberNumber).toList(), "file order of each member's first line");
        CollectiveMemberRow ueda = rows.get(0);
        assertEquals(10_000L, ueda.amount(SavingsProduct.INSTALLMENT_DEPOSIT));
        assertEquals(3_000L, ueda.amount(SavingsProduct.ORDINARY_SAVINGS));
        assertNull(ueda.amount(SavingsProduct.PURPOSE_SAVINGS), "no contribution: an empty cell, not 0");
        assertEquals(13_000, ueda.total());
        assertEquals(1, ueda.lineNumber());
    }

    @Test
    void sortsByEachColumnBothWaysTiesInFileOrder() {
        assertEquals(List.of("0000000001", "0000000002", "0000000003"), members(CollectiveMemberSort.MEMBER_NUMBER, true));
        assertEquals(List.of("0000000002", "0000000001", "0000000003"), members(CollectiveMemberSort.TOTAL_AMOUNT, false),
                "33,000 then 20,000 then 13,000");
        assertEquals(List.of("0000000001", "0000000002", "0000000003"), members(CollectiveMemberSort.NAME_KANA, true));
        assertEquals(List.of("0000000002", "0000000001", "0000000003"), members(CollectiveMemberSort.LINE_NUMBER, false));
        List<CollectiveLineView> tie = List.of(line(1, "0000000009", "ア", SavingsProduct.INSTALLMENT_DEPOSIT, 5_000),
                line(2, "0000000008", "イ", SavingsProduct.INSTALLMENT_DEPOSIT, 5_000));
        assertEquals("0000000009", CollectiveMemberRows.of(tie, CollectiveMemberSort.TOTAL_AMOUNT, false).get(0).memberNumber());
    }

    private static List<String> members(CollectiveMemberSort sort, boolean ascending) {
        return CollectiveMemberRows.of(LINES, sort, ascending).stream().map(CollectiveMemberRow::memberNumber).toList();
    }
}
