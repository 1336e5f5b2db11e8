package jp.kojo.platform;

/** The roles a caller can have; names as used in @RolesAllowed and the identity store. */
public final class Roles {
    /** マスターユーザー of an organisation's contract. */
    public static final String ORG_MASTER = "ORG_MASTER";
    /** 一般ユーザー of an organisation's contract. */
    public static final String ORG_GENERAL = "ORG_GENERAL";
    /** Any user of an organisation (granted together with one of the two above). */
    public static final String ORG_USER = "ORG_USER";
    /** 取引店 担当: the bank's branch staff. */
    public static final String BANK_OPERATOR = "BANK_OPERATOR";
    /** The bank's batch administrator. */
    public static final String BATCH_ADMIN = "BATCH_ADMIN";

    private Roles() {
    }
}
