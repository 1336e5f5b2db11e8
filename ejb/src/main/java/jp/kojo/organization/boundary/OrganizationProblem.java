package jp.kojo.organization.boundary;

import java.io.Serializable;

/** One refused field of an organisation form: the field's name and what is wrong with it. */
public record OrganizationProblem(String field, Problem problem) implements Serializable {
    public enum Problem {
        REQUIRED,
        CONTRACT_NUMBER_FORM,
        CONTRACT_NUMBER_TAKEN,
        TOO_LONG,
        KANA_FORM,
        UNKNOWN_TYPE,
        UNKNOWN_BRANCH,
        SERVICE_REQUIRED,
        LUMP_SUM_AND_PAYROLL,
        CUT_OFF_RANGE
    }
}
