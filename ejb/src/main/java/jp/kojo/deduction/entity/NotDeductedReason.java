package jp.kojo.deduction.entity;

/** 控除不能事由: why an organisation could not deduct a line. Only OTHER needs a note. */
public enum NotDeductedReason {
    RETIRED("退職", "Retired"),
    LEAVE("休職", "On leave"),
    DECEASED("死亡", "Deceased"),
    INSUFFICIENT_PAY("給与不足", "Insufficient pay"),
    OTHER("その他", "Other");

    private final String nameJa;
    private final String nameEn;

    NotDeductedReason(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }

    public boolean needsNote() {
        return this == OTHER;
    }
}
