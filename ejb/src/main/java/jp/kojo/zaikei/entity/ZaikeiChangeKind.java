package jp.kojo.zaikei.entity;

/** The changes an employer sends with a deposit statement, with the code the host file uses. */
public enum ZaikeiChangeKind {
    /** 積立中止 */
    STOP("1", "積立中止", "Stop"),
    /** 金額変更 */
    AMOUNT_CHANGE("2", "金額変更", "Amount change"),
    /** 新規申込 */
    NEW_ENROLMENT("3", "新規申込", "New enrolment"),
    /** 再開 */
    RESUME("4", "再開", "Resume");

    private final String code;
    private final String nameJa;
    private final String nameEn;

    ZaikeiChangeKind(String code, String nameJa, String nameEn) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String code() { return code; }
    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }
}
