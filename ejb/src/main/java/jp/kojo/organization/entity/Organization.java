package jp.kojo.organization.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** 契約者・団体: a union or an employer holding a contract with the bank. */
@Entity
@Table(name = "organization")
public class Organization {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_number")
    private String contractNumber;
    private String name;
    @Column(name = "name_kana")
    private String nameKana;
    @Enumerated(EnumType.STRING)
    private OrganizationType type;
    @ManyToOne(optional = false)
    @JoinColumn(name = "branch_id")
    private Branch branch;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_service", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "service_kind")
    @Enumerated(EnumType.STRING)
    private Set<ServiceKind> services = new HashSet<>();
    /** 代表者 (title and name) as printed on forms; null until the bank records it. */
    private String representative;
    private String address;
    private String phone;

    protected Organization() {
    }

    public Organization(String contractNumber, String name, String nameKana, OrganizationType type, Branch branch,
                        Set<ServiceKind> services) {
        this.contractNumber = contractNumber;
        this.name = name;
        this.nameKana = nameKana;
        this.type = type;
        this.branch = branch;
        this.services = services.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(services));
    }

    public Long getId() { return id; }
    public String getContractNumber() { return contractNumber; }
    public String getName() { return name; }
    public String getNameKana() { return nameKana; }
    public OrganizationType getType() { return type; }
    public Branch getBranch() { return branch; }
    public Set<ServiceKind> getServices() { return Set.copyOf(services); }
    public String getRepresentative() { return representative; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }

    /** The bank changes the contract (団体・契約管理). */
    public void changeContract(String contractNumber, String name, String nameKana, OrganizationType type, Branch branch,
                               Set<ServiceKind> services) {
        this.contractNumber = contractNumber;
        this.name = name;
        this.nameKana = nameKana;
        this.type = type;
        this.branch = branch;
        this.services.clear();
        this.services.addAll(services);
    }

    /** Records the contact details printed on the organisation's forms. */
    public void updateContact(String representative, String address, String phone) {
        this.representative = representative;
        this.address = address;
        this.phone = phone;
    }
}
