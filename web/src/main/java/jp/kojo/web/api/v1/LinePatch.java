package jp.kojo.web.api.v1;

import jp.kojo.deduction.boundary.LineUpdate;

/**
 * The body of PATCH .../lines/{lineId}: {@code {"status":"NOT_DEDUCTED","reason":"RETIRED","note":...,
 * "paymentStop":false}} or {@code {"status":"DEDUCTED"}}. Result fields of the payroll type go here.
 */
public record LinePatch(String status, String reason, String note, Boolean paymentStop) {
    LineUpdate toUpdate() {
        return new LineUpdate(status, reason, note, paymentStop);
    }
}
