package jp.kojo.web.deduction;

import java.time.format.DateTimeFormatter;
import jp.kojo.deduction.boundary.LumpSumRefusedException;
import jp.kojo.web.common.Messages;

/** Turns a refused lump-sum action into the screen's message: the cut-off date and line number filled in. */
final class LumpSumMessages {
    private LumpSumMessages() {
    }

    static void refused(LumpSumRefusedException refused) {
        String cutOff = refused.cutOffDate() == null ? ""
                : DateTimeFormatter.ofPattern(Messages.text("lumpsum.datePattern")).format(refused.cutOffDate());
        String line = refused.lineNumber() == null ? "" : String.valueOf(refused.lineNumber());
        Messages.error("lumpsum.refused." + refused.refusal().name(), cutOff, line);
    }
}
