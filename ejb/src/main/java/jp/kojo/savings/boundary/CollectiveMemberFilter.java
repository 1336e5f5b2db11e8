package jp.kojo.savings.boundary;

/**
 * Filters of the breakdown statement; null or blank fields do not filter. {@code nameKana} matches a prefix; a
 * product keeps only that product's contributions (and the members who have one).
 */
public record CollectiveMemberFilter(SavingsProduct product, String memberNumber, String nameKana) {
    public static final CollectiveMemberFilter NONE = new CollectiveMemberFilter(null, null, null);
}
