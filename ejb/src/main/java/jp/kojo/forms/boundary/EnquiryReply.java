package jp.kojo.forms.boundary;

import java.io.Serializable;

/** The reply letter (file name and PDF), or why none was made. */
public record EnquiryReply(Refusal refusal, String fileName, byte[] pdf) implements Serializable {
    public enum Refusal {
        NO_SUCH_ORGANIZATION,
        REFERENCE_MISSING,
        REASON_MISSING
    }

    public static EnquiryReply refused(Refusal refusal) {
        return new EnquiryReply(refusal, null, null);
    }
}
