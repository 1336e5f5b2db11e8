package jp.kojo.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jp.kojo.account.boundary.CallerRights;
import jp.kojo.account.boundary.ServiceRights;

/** The caller's rights once per request, for menus ({@code #{rights.deductionView()}}) and the rights filter. */
@RequestScoped
public class CallerRightsProducer {
    @EJB
    ServiceRights serviceRights;

    @Produces
    @Named("rights")
    @RequestScoped
    CallerRights rights() {
        return serviceRights.caller();
    }
}
