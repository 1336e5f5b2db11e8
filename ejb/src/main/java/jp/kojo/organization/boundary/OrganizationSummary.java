package jp.kojo.organization.boundary;

import java.util.List;
import jp.kojo.organization.entity.ServiceKind;

/** One organisation in the bank's list. */
public record OrganizationSummary(long id, String contractNumber, String name, String nameKana, String type,
                                  String branchCode, String branchName, List<ServiceKind> services) {
}
