package jp.kojo.web.api.v1;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** What applying did: lines that got their result, file rows refused because their line changed, and the upload now. */
@JsonbPropertyOrder({"applied", "staleRows", "reconciliation"})
public record ApplyJson(int applied, List<Integer> staleRows, ReconciliationJson reconciliation) {
}
