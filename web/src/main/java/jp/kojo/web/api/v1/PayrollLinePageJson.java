package jp.kojo.web.api.v1;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of a payroll cycle's lines and how many the result filter finds in all. */
@JsonbPropertyOrder({"total", "offset", "limit", "result", "lines"})
public record PayrollLinePageJson(long total, int offset, int limit, String result, List<PayrollLineJson> lines) {
}
