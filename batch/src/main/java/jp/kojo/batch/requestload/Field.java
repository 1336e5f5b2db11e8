package jp.kojo.batch.requestload;

/** Fields of a request file, with the names problems are reported under. */
public enum Field {
    RECORD("レコード", "record"),
    RECORD_TYPE("レコード種別", "record type"),
    FIELD_COUNT("項目数", "field count"),
    DATA_KIND("種別コード", "data kind code"),
    YEAR_MONTH("控除年月", "cycle year-month"),
    CYCLE_KIND("控除区分", "cycle kind"),
    DEDUCTION_DATE("控除日", "deduction date"),
    CREATION_DATE("作成日", "creation date"),
    FILE_SEQUENCE("ファイル通番", "file sequence number"),
    CONTRACT_NUMBER("契約番号", "contract number"),
    PERSON_NUMBER("構成員番号", "person number"),
    EMPLOYEE_NUMBER("社員番号", "employee number"),
    NAME_KANA("カナ氏名", "name in kana"),
    PRODUCT_CODE("商品コード", "product code"),
    BRANCH_CODE("口座店番", "account branch code"),
    ACCOUNT_NUMBER("口座番号", "account number"),
    AMOUNT("金額", "amount"),
    RECORD_COUNT("件数", "record count"),
    AMOUNT_TOTAL("合計金額", "amount total");

    private final String nameJa;
    private final String nameEn;

    Field(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }
}
