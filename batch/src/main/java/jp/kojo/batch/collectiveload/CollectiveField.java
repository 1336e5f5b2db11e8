package jp.kojo.batch.collectiveload;

/** Fields of a union-wide savings breakdown file (一斉積立内訳データ), with the names problems are reported under. */
public enum CollectiveField {
    RECORD("レコード", "record"),
    RECORD_TYPE("レコード種別", "record type"),
    FIELD_COUNT("項目数", "field count"),
    DATA_KIND("種別コード", "data kind code"),
    YEAR_MONTH("積立年月", "run year-month"),
    RUN_KIND("積立区分", "run kind"),
    SAVINGS_DATE("積立日", "savings date"),
    CREATION_DATE("作成日", "creation date"),
    CONTRACT_NUMBER("契約番号", "contract number"),
    MEMBER_NUMBER("組合員番号", "member number"),
    EMPLOYEE_NUMBER("社員番号", "employee number"),
    NAME_KANA("カナ氏名", "name in kana"),
    PRODUCT("商品コード", "product code"),
    BRANCH("口座店番", "account branch"),
    ACCOUNT("口座番号", "account number"),
    AMOUNT("積立金額", "amount"),
    RECORD_COUNT("件数", "record count"),
    AMOUNT_TOTAL("合計金額", "amount total");

    private final String nameJa;
    private final String nameEn;

    CollectiveField(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }
}
