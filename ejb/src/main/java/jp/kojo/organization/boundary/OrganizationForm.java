package jp.kojo.organization.boundary;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.kojo.organization.entity.ServiceKind;

/**
 * An organisation and its contract as the bank edits it: id null for a new one; type MEMBER or EMPLOYER; the
 * branch by code; per service with a deadline its cut-off in business days (absent: the service's default).
 */
public record OrganizationForm(Long id, String contractNumber, String name, String nameKana, String type,
                               String branchCode, Set<ServiceKind> services, Map<ServiceKind, Integer> cutOffs) {

    /** A form from a screen, which names services as {@link ServiceKind} names; unknown names are left out. */
    public static OrganizationForm ofNames(Long id, String contractNumber, String name, String nameKana, String type,
                                           String branchCode, Map<String, Boolean> services,
                                           Map<String, Integer> cutOffs) {
        Set<ServiceKind> chosen = EnumSet.noneOf(ServiceKind.class);
        Map<ServiceKind, Integer> days = new EnumMap<>(ServiceKind.class);
        for (ServiceKind service : ServiceKind.values()) {
            if (Boolean.TRUE.equals(services.get(service.name()))) {
                chosen.add(service);
            }
            if (cutOffs.get(service.name()) != null) {
                days.put(service, cutOffs.get(service.name()));
            }
        }
        return new OrganizationForm(id, contractNumber, name, nameKana, type, branchCode, chosen, days);
    }

    /** Whether the contract has the service of that name. */
    public boolean uses(String service) {
        return services.stream().anyMatch(s -> s.name().equals(service));
    }

    /** The contract's own cut-off for the service of that name; null for the default. */
    public Integer cutOff(String service) {
        return cutOffs.entrySet().stream().filter(e -> e.getKey().name().equals(service)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
