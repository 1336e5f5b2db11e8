package jp.kojo.savings.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** What heads a breakdown statement on screen and paper: union, run, totals by product (the last one overall). */
public record CollectiveStatementHeader(String contractNumber, String organizationName, CollectiveStatementView statement,
                                        List<CollectiveProductTotal> totals, LocalDateTime printedAt) implements Serializable {
}
