package jp.kojo.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import jp.kojo.manual.boundary.ManualSummary;
import jp.kojo.manual.boundary.Manuals;
import jp.kojo.notice.boundary.NoticeBoard;
import jp.kojo.notice.boundary.NoticeSummary;
import jp.kojo.web.security.LoggedInSession;

/** トップページ: public notices, the manuals, and whether this browser already has a logged-in session. */
@Named
@RequestScoped
public class FrontPage {
    @EJB
    NoticeBoard noticeBoard;

    @EJB
    Manuals manuals;

    @Inject
    HttpServletRequest request;

    private List<NoticeSummary> notices;
    private List<ManualSummary> manualList;

    public List<NoticeSummary> getNotices() {
        if (notices == null) {
            notices = noticeBoard.publicNotices();
        }
        return notices;
    }

    public List<ManualSummary> getManuals() {
        if (manualList == null) {
            manualList = manuals.catalog();
        }
        return manualList;
    }

    /** Public pages run without a caller, so the session tells whether the login button should read "menu". */
    public boolean isLoggedIn() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(LoggedInSession.ATTRIBUTE) != null;
    }
}
