package jp.kojo.organization.boundary;

/** 取引店: code and name. */
public record BranchView(String code, String name) {
}
