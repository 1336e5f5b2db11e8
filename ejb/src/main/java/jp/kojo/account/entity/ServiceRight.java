package jp.kojo.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.kojo.organization.entity.ServiceKind;

/** 権限: what a general user may do in one service of its contract (照会 view, 更新 update, 送信 send). */
@Embeddable
public class ServiceRight {
    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind")
    private ServiceKind service;
    @Column(name = "may_view")
    private boolean view;
    @Column(name = "may_update")
    private boolean update;
    @Column(name = "may_send")
    private boolean send;

    protected ServiceRight() {
    }

    public ServiceRight(ServiceKind service, boolean view, boolean update, boolean send) {
        this.service = service;
        this.view = view;
        this.update = update;
        this.send = send;
    }

    public ServiceKind getService() { return service; }
    public boolean isView() { return view; }
    public boolean isUpdate() { return update; }
    public boolean isSend() { return send; }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceRight r && r.service == service && r.view == view && r.update == update
                && r.send == send;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(service, view, update, send);
    }
}
