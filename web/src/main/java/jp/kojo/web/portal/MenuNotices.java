package jp.kojo.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import jp.kojo.notice.boundary.NoticeBoard;
import jp.kojo.notice.boundary.NoticeSummary;

/** The notices on the menu after login: those for the caller's organisation type. */
@Named
@RequestScoped
public class MenuNotices {
    @EJB
    NoticeBoard noticeBoard;

    private List<NoticeSummary> notices;

    public List<NoticeSummary> getNotices() {
        if (notices == null) {
            notices = noticeBoard.callerNotices();
        }
        return notices;
    }
}
