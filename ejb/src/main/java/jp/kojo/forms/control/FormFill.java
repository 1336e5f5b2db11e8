package jp.kojo.forms.control;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import jp.kojo.organization.entity.Organization;
import jp.kojo.organization.entity.OrganizationType;
import jp.kojo.organization.entity.ServiceKind;

/**
 * What a form is filled in with: the contract as the bank holds it, and the date of printing. Every field may
 * be null; a null field prints as an empty box for the customer to write in.
 */
public record FormFill(String contractNumber, String organizationName, String organizationNameKana,
                       OrganizationType organizationType, String representative, String address, String phone,
                       String branchName, Set<ServiceKind> services, LocalDate date) {

    public FormFill {
        services = services == null || services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
    }

    /** A form for the customer to fill in by hand. */
    public static FormFill blank() {
        return new FormFill(null, null, null, null, null, null, null, null, Set.of(), null);
    }

    public static FormFill of(Organization organization, LocalDate date) {
        return new FormFill(organization.getContractNumber(), organization.getName(), organization.getNameKana(),
                organization.getType(), organization.getRepresentative(), organization.getAddress(),
                organization.getPhone(), organization.getBranch() == null ? null : organization.getBranch().getName(),
                organization.getServices(), date);
    }

    public boolean isBlank() {
        return contractNumber == null;
    }
}
