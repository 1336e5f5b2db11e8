package jp.kojo.deduction.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A result file rejected whole, with every problem found (up to a limit); nothing was kept or changed. */
@ApplicationException(rollback = true)
public class ResultFileRejectedException extends RuntimeException {
    private final List<UploadProblem> problems;

    public ResultFileRejectedException(List<UploadProblem> problems) {
        super("Result file rejected: " + problems.size() + " problem(s), first " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<UploadProblem> problems() {
        return problems;
    }
}
