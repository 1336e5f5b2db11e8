package jp.kojo.batch.requestload;

/** The four kinds of record, in the order a file must have them. */
public enum RecordKind {
    HEADER("ヘッダー", "header"),
    DATA("データ", "data"),
    TRAILER("トレーラー", "trailer"),
    END("エンド", "end");

    private final String nameJa;
    private final String nameEn;

    RecordKind(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }
}
