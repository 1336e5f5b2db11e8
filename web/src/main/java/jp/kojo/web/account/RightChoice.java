package jp.kojo.web.account;

import java.io.Serializable;
import jp.kojo.account.boundary.ServiceAccess;
import jp.kojo.organization.entity.ServiceKind;

/** One service's three check boxes on the users page (照会・更新・送信). */
public class RightChoice implements Serializable {
    private final ServiceKind service;
    private boolean view;
    private boolean update;
    private boolean send;

    RightChoice(ServiceAccess access) {
        this.service = access.service();
        this.view = access.view();
        this.update = access.update();
        this.send = access.send();
    }

    ServiceAccess access() {
        return new ServiceAccess(service, view, update, send);
    }

    public String getService() { return service.name(); }
    public boolean isView() { return view; }
    public void setView(boolean view) { this.view = view; }
    public boolean isUpdate() { return update; }
    public void setUpdate(boolean update) { this.update = update; }
    public boolean isSend() { return send; }
    public void setSend(boolean send) { this.send = send; }
}
