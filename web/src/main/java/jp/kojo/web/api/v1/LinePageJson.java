package jp.kojo.web.api.v1;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of a cycle's lines and how many the filter finds in all. */
@JsonbPropertyOrder({"total", "offset", "limit", "lines"})
public record LinePageJson(long total, int offset, int limit, List<LineJson> lines) {
}
