package jp.kojo.batch.requestload;

import java.nio.charset.Charset;

/**
 * Byte layout of the fixed-length variant: 120-byte records in Windows-31J, every field single-byte, so byte
 * offsets are character offsets after decoding. Offsets are 0-based; docs/interchange.md shows them 1-based.
 */
public final class FixedLayout {
    public static final int RECORD_LENGTH = 120;
    public static final Charset CHARSET = Charset.forName("windows-31j");

    public static final char HEADER = '1';
    public static final char DATA = '2';
    public static final char TRAILER = '8';
    public static final char END = '9';

    /** 種別コード of a deduction request file. */
    public static final String DATA_KIND_DEDUCTION_REQUEST = "61";

    /** One field: where it starts and how many bytes it takes. */
    public record Slot(Field field, int offset, int length) {
        public String of(String record) {
            return record.substring(offset, offset + length);
        }
        public int end() {
            return offset + length;
        }
    }

    // 1 header (ヘッダーレコード)
    public static final Slot H_TYPE = new Slot(Field.RECORD_TYPE, 0, 1);
    public static final Slot H_DATA_KIND = new Slot(Field.DATA_KIND, 1, 2);
    public static final Slot H_YEAR_MONTH = new Slot(Field.YEAR_MONTH, 3, 6);
    public static final Slot H_CYCLE_KIND = new Slot(Field.CYCLE_KIND, 9, 1);
    public static final Slot H_DEDUCTION_DATE = new Slot(Field.DEDUCTION_DATE, 10, 8);
    public static final Slot H_CREATION_DATE = new Slot(Field.CREATION_DATE, 18, 8);
    public static final Slot H_FILE_SEQUENCE = new Slot(Field.FILE_SEQUENCE, 26, 4);
    public static final Slot H_FILLER = new Slot(null, 30, 90);

    // 2 data (データレコード)
    public static final Slot D_TYPE = new Slot(Field.RECORD_TYPE, 0, 1);
    public static final Slot D_CONTRACT = new Slot(Field.CONTRACT_NUMBER, 1, 10);
    public static final Slot D_PERSON = new Slot(Field.PERSON_NUMBER, 11, 10);
    public static final Slot D_EMPLOYEE = new Slot(Field.EMPLOYEE_NUMBER, 21, 10);
    public static final Slot D_NAME_KANA = new Slot(Field.NAME_KANA, 31, 30);
    public static final Slot D_PRODUCT = new Slot(Field.PRODUCT_CODE, 61, 2);
    public static final Slot D_BRANCH = new Slot(Field.BRANCH_CODE, 63, 3);
    public static final Slot D_ACCOUNT = new Slot(Field.ACCOUNT_NUMBER, 66, 7);
    public static final Slot D_AMOUNT = new Slot(Field.AMOUNT, 73, 10);
    public static final Slot D_FILLER = new Slot(null, 83, 37);

    // 8 trailer (トレーラーレコード)
    public static final Slot T_TYPE = new Slot(Field.RECORD_TYPE, 0, 1);
    public static final Slot T_COUNT = new Slot(Field.RECORD_COUNT, 1, 8);
    public static final Slot T_TOTAL = new Slot(Field.AMOUNT_TOTAL, 9, 15);
    public static final Slot T_FILLER = new Slot(null, 24, 96);

    // 9 end (エンドレコード)
    public static final Slot E_TYPE = new Slot(Field.RECORD_TYPE, 0, 1);
    public static final Slot E_FILLER = new Slot(null, 1, 119);

    private FixedLayout() {
    }
}
