package jp.kojo.organization.boundary;

import java.util.Map;
import java.util.Set;
import jp.kojo.organization.entity.ServiceKind;

/**
 * An organisation and its contract as the bank edits it: id null for a new one; type MEMBER or EMPLOYER; the
 * branch by code; per service with a deadline its cut-off in business days (absent: the service's default).
 */
public record OrganizationForm(Long id, String contractNumber, String name, String nameKana, String type,
                               String branchCode, Set<ServiceKind> services, Map<ServiceKind, Integer> cutOffs) {
}
