package jp.kojo.account.boundary;

import java.io.Serializable;
import jp.kojo.organization.entity.ServiceKind;

/** What a user may do in one service: 照会 (view), 更新 (update), 送信 (send). */
public record ServiceAccess(ServiceKind service, boolean view, boolean update, boolean send) implements Serializable {
    public static ServiceAccess none(ServiceKind service) {
        return new ServiceAccess(service, false, false, false);
    }

    public static ServiceAccess all(ServiceKind service) {
        return new ServiceAccess(service, true, true, true);
    }
}
