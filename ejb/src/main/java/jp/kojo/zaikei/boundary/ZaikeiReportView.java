package jp.kojo.zaikei.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The change statement and the alerts of one run: {@code previous} is the run compared with (null when the
 * employer has no earlier one kept, then every contract is new).
 */
public record ZaikeiReportView(String contractNumber, String organizationName, ZaikeiStatementView statement,
                               ZaikeiStatementView previous, List<ZaikeiChangeLineView> changes,
                               List<ZaikeiAlertView> alerts, LocalDateTime printedAt) implements Serializable {
}
