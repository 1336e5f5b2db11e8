package jp.kojo.deduction.boundary;

/** The columns a request list can be sorted by, mapped to query paths (never taken from the request). */
public enum LineSort {
    LINE_NUMBER("l.lineNumber"),
    PERSON_NUMBER("p.personNumber"),
    EMPLOYEE_NUMBER("p.employeeNumber"),
    NAME_KANA("p.nameKana"),
    PRODUCT("l.product"),
    REQUESTED_AMOUNT("l.requestedAmount");

    private final String path;

    LineSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
