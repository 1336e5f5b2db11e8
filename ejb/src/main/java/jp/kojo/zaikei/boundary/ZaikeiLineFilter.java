package jp.kojo.zaikei.boundary;

import jp.kojo.zaikei.entity.ZaikeiKind;

/** Filters of the statement list; null or blank fields do not filter. {@code nameKana} matches a prefix. */
public record ZaikeiLineFilter(ZaikeiKind kind, String personNumber, String nameKana, Boolean stopped) {
    public static final ZaikeiLineFilter NONE = new ZaikeiLineFilter(null, null, null, null);
}
