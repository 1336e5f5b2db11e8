package jp.kojo.batch.zaikeiload;

/** Fields of a savings statement file (お積立明細データ), with the names problems are reported under. */
public enum ZaikeiField {
    RECORD("レコード", "record"),
    RECORD_TYPE("レコード種別", "record type"),
    FIELD_COUNT("項目数", "field count"),
    DATA_KIND("種別コード", "data kind code"),
    YEAR_MONTH("積立年月", "run year-month"),
    RUN_KIND("積立区分", "run kind"),
    DEPOSIT_DATE("入金予定日", "deposit date"),
    CREATION_DATE("作成日", "creation date"),
    CONTRACT_NUMBER("契約番号", "contract number"),
    PERSON_NUMBER("従業員番号", "person number"),
    EMPLOYEE_NUMBER("社員番号", "employee number"),
    NAME_KANA("カナ氏名", "name in kana"),
    BIRTH_DATE("生年月日", "birth date"),
    SAVINGS_KIND("財形種類", "savings kind"),
    SAVINGS_CONTRACT("財形契約番号", "savings contract number"),
    MONTHLY_AMOUNT("月例積立額", "monthly amount"),
    BONUS_AMOUNT("賞与積立額", "bonus amount"),
    BALANCE("残高", "balance"),
    START_DATE("積立開始日", "start date"),
    LAST_CONTRIBUTION("最終積立日", "last contribution date"),
    STATUS("積立状態", "status"),
    RECORD_COUNT("件数", "record count"),
    MONTHLY_TOTAL("月例積立額合計", "monthly total"),
    BONUS_TOTAL("賞与積立額合計", "bonus total");

    private final String nameJa;
    private final String nameEn;

    ZaikeiField(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }
}
