package jp.kojo.organization.boundary;

import java.io.Serializable;
import java.util.List;

/** The saved organisation's id, or the problems that kept it from being saved (nothing saved then). */
public record OrganizationSaveResult(Long id, List<OrganizationProblem> problems) implements Serializable {
    public static OrganizationSaveResult refused(List<OrganizationProblem> problems) {
        return new OrganizationSaveResult(null, List.copyOf(problems));
    }

    public boolean saved() {
        return problems.isEmpty();
    }
}
