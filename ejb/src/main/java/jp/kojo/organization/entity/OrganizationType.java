package jp.kojo.organization.entity;

/** 会員 (a union or co-op holding a contract) or 事業主 (an employer deducting for its staff). */
public enum OrganizationType {
    MEMBER, EMPLOYER
}
