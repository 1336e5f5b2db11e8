package jp.kojo.forms.boundary;

/** An organisation found for a contract-number enquiry. */
public record EnquiryMatch(long organizationId, String contractNumber, String name, String nameKana, String branchCode,
                           String branchName) {
}
