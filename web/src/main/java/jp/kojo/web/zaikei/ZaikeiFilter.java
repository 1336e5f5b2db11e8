package jp.kojo.web.zaikei;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import jp.kojo.zaikei.boundary.ZaikeiLineFilter;
import jp.kojo.zaikei.boundary.ZaikeiLineSort;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** The statement list's filter and sort as the page holds them and as the download links carry them. */
public class ZaikeiFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    private String kind;
    private String personNumber;
    private String nameKana;
    /** {@code STOPPED}, {@code SAVING} or empty. */
    private String status;
    private String sort = ZaikeiLineSort.LINE_NUMBER.name();
    private boolean ascending = true;

    /** From request parameters (the download servlet); unknown values are ignored. */
    public static ZaikeiFilter of(Function<String, String> parameter) {
        ZaikeiFilter f = new ZaikeiFilter();
        f.kind = parameter.apply("kind");
        f.personNumber = parameter.apply("personNumber");
        f.nameKana = parameter.apply("nameKana");
        f.status = parameter.apply("status");
        f.sort = parameter.apply("sort");
        f.ascending = !"desc".equals(parameter.apply("order"));
        return f;
    }

    public ZaikeiLineFilter filter() {
        ZaikeiKind k = null;
        try {
            k = kind == null || kind.isBlank() ? null : ZaikeiKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            k = null;
        }
        Boolean stopped = "STOPPED".equals(status) ? Boolean.TRUE : "SAVING".equals(status) ? Boolean.FALSE : null;
        return new ZaikeiLineFilter(k, personNumber, nameKana, stopped);
    }

    public ZaikeiLineSort sort() {
        try {
            return sort == null ? ZaikeiLineSort.LINE_NUMBER : ZaikeiLineSort.valueOf(sort);
        } catch (IllegalArgumentException e) {
            return ZaikeiLineSort.LINE_NUMBER;
        }
    }

    public void clear() {
        kind = null;
        personNumber = null;
        nameKana = null;
        status = null;
        sort = ZaikeiLineSort.LINE_NUMBER.name();
        ascending = true;
    }

    /** {@code &kind=...&...} for a download link. */
    public String query() {
        StringBuilder q = new StringBuilder();
        Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("kind", kind);
        params.put("personNumber", personNumber);
        params.put("nameKana", nameKana);
        params.put("status", status);
        params.put("sort", sort);
        params.put("order", ascending ? "asc" : "desc");
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return q.toString();
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getPersonNumber() { return personNumber; }
    public void setPersonNumber(String personNumber) { this.personNumber = personNumber; }
    public String getNameKana() { return nameKana; }
    public void setNameKana(String nameKana) { this.nameKana = nameKana; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public boolean isAscending() { return ascending; }
    public void setAscending(boolean ascending) { this.ascending = ascending; }
}
