package jp.kojo.zaikei.boundary;

/** Sortable columns of the statement list, with their JPQL paths. */
public enum ZaikeiLineSort {
    LINE_NUMBER("l.lineNumber"),
    PERSON_NUMBER("l.personNumber"),
    NAME_KANA("l.nameKana"),
    KIND("l.kind"),
    MONTHLY_AMOUNT("l.monthlyAmount"),
    BONUS_AMOUNT("l.bonusAmount"),
    BALANCE("l.balance"),
    START_DATE("l.startDate");

    private final String path;

    ZaikeiLineSort(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }
}
