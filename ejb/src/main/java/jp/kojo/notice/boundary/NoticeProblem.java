package jp.kojo.notice.boundary;

import java.io.Serializable;

/** One refused field of a notice form. */
public record NoticeProblem(String field, Problem problem) implements Serializable {
    public enum Problem {
        REQUIRED,
        TOO_LONG,
        UNKNOWN_AUDIENCE,
        SERVICE_REQUIRED,
        WITHDRAW_BEFORE_PUBLISH
    }
}
