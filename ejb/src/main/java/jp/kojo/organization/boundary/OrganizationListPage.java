package jp.kojo.organization.boundary;

import java.util.List;

/** One page of the bank's organisation list and how many match in all. */
public record OrganizationListPage(List<OrganizationSummary> rows, long total) {
}
