package jp.kojo.zaikei.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** What heads a statement on screen and paper: employer, run, totals by kind (the last one the grand total). */
public record ZaikeiStatementHeader(String contractNumber, String organizationName, ZaikeiStatementView statement,
                                    List<ZaikeiKindTotal> totals, LocalDateTime printedAt) implements Serializable {
}
