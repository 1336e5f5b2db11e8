package jp.kojo.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** 締切: a contract's own number of business days before the payment (deposit) date for one service. */
@Entity
@Table(name = "organization_cut_off")
@IdClass(ContractCutOff.Key.class)
public class ContractCutOff {
    @Id
    @Column(name = "organization_id")
    private long organizationId;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind")
    private ServiceKind service;
    @Column(name = "business_days_before")
    private int businessDaysBefore;

    protected ContractCutOff() {
    }

    public ContractCutOff(long organizationId, ServiceKind service, int businessDaysBefore) {
        this.organizationId = organizationId;
        this.service = service;
        this.businessDaysBefore = businessDaysBefore;
    }

    public long getOrganizationId() { return organizationId; }
    public ServiceKind getService() { return service; }
    public int getBusinessDaysBefore() { return businessDaysBefore; }
    public void setBusinessDaysBefore(int businessDaysBefore) { this.businessDaysBefore = businessDaysBefore; }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long organizationId;
        private ServiceKind service;

        public Key() {
        }

        public Key(long organizationId, ServiceKind service) {
            this.organizationId = organizationId;
            this.service = service;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.organizationId == organizationId && k.service == service;
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, service);
        }
    }
}
