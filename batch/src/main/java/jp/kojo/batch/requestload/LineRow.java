package jp.kojo.batch.requestload;

import java.io.Serializable;

/** A data record ready to insert: its organisation resolved, its line number still to come (the writer's job). */
public record LineRow(int sourceRecord, long organizationId, String personNumber, String employeeNumber,
                      String nameKana, String productCode, String branchCode, String accountNumber, long amount)
        implements Serializable {

    public static LineRow of(RequestRecord r, long organizationId) {
        return new LineRow(r.line(), organizationId, r.personNumber(), r.employeeNumber(), r.nameKana(),
                r.productCode(), r.branchCode(), r.accountNumber(), r.amount());
    }
}
