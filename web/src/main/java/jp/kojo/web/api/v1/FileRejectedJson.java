package jp.kojo.web.api.v1;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import jp.kojo.deduction.boundary.ResultFileRejectedException;
import jp.kojo.deduction.boundary.UploadProblem;

/**
 * A result file rejected whole (422, rule FILE_REJECTED; nothing was kept or changed): every problem found with
 * its row as a spreadsheet numbers it (the header is row 1; 0 for the file as a whole), the column, the kind of
 * problem, the value found and a message for people, in the screen's words.
 */
@JsonbPropertyOrder({"message", "rule", "problems"})
public record FileRejectedJson(String message, String rule, List<Problem> problems) {
    @JsonbNillable
    @JsonbPropertyOrder({"row", "column", "problem", "value", "message"})
    public record Problem(int row, String column, String problem, String value, String message) {
    }

    static FileRejectedJson of(ResultFileRejectedException rejected, Locale locale) {
        return new FileRejectedJson(ApiLanguage.text(locale, "payroll.rejected"), "FILE_REJECTED",
                rejected.problems().stream().map(p -> problem(p, locale)).toList());
    }

    private static Problem problem(UploadProblem p, Locale locale) {
        String where = p.row() > 0 ? ApiLanguage.text(locale, "payroll.problem.row", String.valueOf(p.row())) + ": " : "";
        String detail = p.kind() == UploadProblem.Kind.ENCODING
                ? ApiLanguage.text(locale, "payroll.problem.ENCODING", "", ApiLanguage.text(locale, "payroll.encoding." + p.value()))
                : ApiLanguage.text(locale, "payroll.problem." + p.kind().name(), p.column() == null ? "" : p.column(),
                p.value() == null ? "" : p.value());
        return new Problem(p.row(), p.column(), p.kind().name(), p.value(), where + detail);
    }
}
