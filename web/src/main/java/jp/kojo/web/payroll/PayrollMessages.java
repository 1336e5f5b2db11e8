package jp.kojo.web.payroll;

import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.kojo.deduction.boundary.PayrollRefusedException;
import jp.kojo.deduction.boundary.ResultFileRejectedException;
import jp.kojo.deduction.boundary.UploadProblem;
import jp.kojo.web.common.Messages;

/** Turns a refused payroll action or a rejected file into the screen's messages: one per problem, row first. */
final class PayrollMessages {
    /** A rejected file shows at most this many problems; the rest are counted. */
    static final int SHOWN_PROBLEMS = 20;

    private PayrollMessages() {
    }

    static void refused(PayrollRefusedException refused) {
        String cutOff = refused.cutOffDate() == null ? ""
                : DateTimeFormatter.ofPattern(Messages.text("lumpsum.datePattern")).format(refused.cutOffDate());
        String line = refused.lineNumber() == null ? "" : String.valueOf(refused.lineNumber());
        Messages.error("payroll.refused." + refused.refusal().name(), cutOff, line, refused.count());
    }

    static void rejected(ResultFileRejectedException rejected) {
        Messages.error("payroll.rejected");
        List<UploadProblem> problems = rejected.problems();
        for (UploadProblem p : problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size()))) {
            String where = p.row() > 0 ? Messages.text("payroll.problem.row", String.valueOf(p.row())) + ": " : "";
            String detail = p.kind() == UploadProblem.Kind.ENCODING
                    ? Messages.text("payroll.problem.ENCODING", "", Messages.text("payroll.encoding." + p.value()))
                    : Messages.text("payroll.problem." + p.kind().name(), p.column() == null ? "" : p.column(),
                    p.value() == null ? "" : p.value());
            Messages.error("payroll.problem.line", where, detail);
        }
        if (problems.size() > SHOWN_PROBLEMS) {
            Messages.error("payroll.problem.more", problems.size() - SHOWN_PROBLEMS);
        }
    }
}
