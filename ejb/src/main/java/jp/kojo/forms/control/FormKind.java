package jp.kojo.forms.control;

import java.util.Arrays;
import java.util.Optional;

/** 変更書類・届出書: the paper forms an organisation prints, fills in, seals and takes to its branch. */
public enum FormKind {
    INITIAL_PASSWORD_MEMBER("initial-password-member", "K-01", "初期パスワード届出書（会員用）",
            "Initial password notification (member organisations)"),
    INITIAL_PASSWORD_EMPLOYER("initial-password-employer", "K-02", "初期パスワード届出書（事業主用）",
            "Initial password notification (employers)"),
    USER_DELETION("user-deletion", "K-03", "ユーザー削除依頼書", "User deletion request"),
    CONTRACT_NUMBER_ENQUIRY("contract-number-enquiry", "K-04", "契約番号照会依頼書", "Contract number enquiry"),
    CERTIFICATE_REVOCATION("certificate-revocation", "K-05", "電子証明書失効依頼書",
            "Client certificate revocation request"),
    SERVICE_CHANGE("service-change", "K-06", "利用サービス変更届", "Change of services");

    private final String slug;
    private final String formNumber;
    private final String titleJa;
    private final String titleEn;

    FormKind(String slug, String formNumber, String titleJa, String titleEn) {
        this.slug = slug;
        this.formNumber = formNumber;
        this.titleJa = titleJa;
        this.titleEn = titleEn;
    }

    /** The name in URLs, e.g. {@code initial-password-member}. */
    public String slug() { return slug; }
    /** 様式番号 printed in the corner, so the branch can tell the forms apart at a glance. */
    public String formNumber() { return formNumber; }
    public String titleJa() { return titleJa; }
    public String titleEn() { return titleEn; }

    public boolean isInitialPassword() {
        return this == INITIAL_PASSWORD_MEMBER || this == INITIAL_PASSWORD_EMPLOYER;
    }

    public static Optional<FormKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
