package jp.kojo.notice.boundary;

import java.io.Serializable;
import java.util.List;

/** The saved notice's id, or what kept it from being saved. */
public record NoticeSaveResult(Long id, List<NoticeProblem> problems) implements Serializable {
    public static NoticeSaveResult refused(List<NoticeProblem> problems) {
        return new NoticeSaveResult(null, List.copyOf(problems));
    }

    public boolean saved() {
        return problems.isEmpty();
    }
}
