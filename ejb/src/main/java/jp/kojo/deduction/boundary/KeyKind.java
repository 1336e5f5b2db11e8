package jp.kojo.deduction.boundary;

/** Which number of a person the payroll system's result file carries: 従業員番号 or the bank's 会員番号. */
public enum KeyKind {
    EMPLOYEE_NUMBER,
    PERSON_NUMBER
}
