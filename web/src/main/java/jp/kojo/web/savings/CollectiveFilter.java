package jp.kojo.web.savings;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import jp.kojo.savings.boundary.CollectiveMemberFilter;
import jp.kojo.savings.boundary.CollectiveMemberSort;
import jp.kojo.savings.boundary.SavingsProduct;

/** The breakdown statement's filter and sort as the page holds them and as the download links carry them. */
public class CollectiveFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    private String product;
    private String memberNumber;
    private String nameKana;
    private String sort = CollectiveMemberSort.LINE_NUMBER.name();
    private boolean ascending = true;

    /** From request parameters (the download servlet); unknown values are ignored. */
    public static CollectiveFilter of(Function<String, String> parameter) {
        CollectiveFilter f = new CollectiveFilter();
        f.product = parameter.apply("product");
        f.memberNumber = parameter.apply("memberNumber");
        f.nameKana = parameter.apply("nameKana");
        f.sort = parameter.apply("sort");
        f.ascending = !"desc".equals(parameter.apply("order"));
        return f;
    }

    public CollectiveMemberFilter filter() {
        SavingsProduct p;
        try {
            p = product == null || product.isBlank() ? null : SavingsProduct.valueOf(product);
        } catch (IllegalArgumentException e) {
            p = null;
        }
        return new CollectiveMemberFilter(p, memberNumber, nameKana);
    }

    public CollectiveMemberSort sort() {
        try {
            return sort == null ? CollectiveMemberSort.LINE_NUMBER : CollectiveMemberSort.valueOf(sort);
        } catch (IllegalArgumentException e) {
            return CollectiveMemberSort.LINE_NUMBER;
        }
    }

    public void clear() {
        product = null;
        memberNumber = null;
        nameKana = null;
        sort = CollectiveMemberSort.LINE_NUMBER.name();
        ascending = true;
    }

    /** {@code &product=...&...} for a download link. */
    public String query() {
        StringBuilder q = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("product", product);
        params.put("memberNumber", memberNumber);
        params.put("nameKana", nameKana);
        params.put("sort", sort);
        params.put("order", ascending ? "asc" : "desc");
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public String getMemberNumber() { return memberNumber; }
    public void setMemberNumber(String memberNumber) { this.memberNumber = memberNumber; }
    public String getNameKana() { return nameKana; }
    public void setNameKana(String nameKana) { this.nameKana = nameKana; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public boolean isAscending() { return ascending; }
    public void setAscending(boolean ascending) { this.ascending = ascending; }
}
