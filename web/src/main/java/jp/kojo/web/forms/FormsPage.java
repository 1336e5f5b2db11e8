package jp.kojo.web.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import jp.kojo.forms.boundary.FormView;
import jp.kojo.forms.boundary.PrintableForms;
import jp.kojo.platform.Roles;
import jp.kojo.web.security.LoggedInSession;

/** ご変更書類: the list of printable forms, with the filled-in version for a logged-in organisation user. */
@Named
@RequestScoped
public class FormsPage {
    @EJB
    PrintableForms forms;

    private List<FormView> list;

    public List<FormView> getForms() {
        if (list == null) {
            list = forms.forms();
        }
        return list;
    }

    /**
     * Public pages are not authenticated per request, so the login is read from the session. It only decides
     * whether to offer the filled link; the filled PDF itself is behind the full login and certificate check.
     */
    public boolean isOrganizationUser() {
        Object session = FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session instanceof HttpSession http
                && http.getAttribute(LoggedInSession.ATTRIBUTE) instanceof LoggedInSession loggedIn
                && loggedIn.roles().contains(Roles.ORG_USER);
    }
}
