package jp.kojo.notice.entity;

/** Who a notice (お知らせ) is for. */
public enum Audience {
    /** Everyone, also visitors who are not logged in: shown on the public front page. */
    PUBLIC,
    /** Every logged-in user of an organisation (members and employers alike). */
    ORGANIZATIONS,
    /** Users of 会員 (unions, co-ops) only. */
    MEMBERS,
    /** Users of 事業主 (employers) only. */
    EMPLOYERS,
    /** Users of the organisations whose contract has the notice's service ({@code notice.service_kind}). */
    SERVICE
}
