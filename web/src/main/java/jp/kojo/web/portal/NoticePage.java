package jp.kojo.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jp.kojo.notice.boundary.NoSuchNoticeException;
import jp.kojo.notice.boundary.NoticeBoard;
import jp.kojo.notice.boundary.NoticeView;

/** One notice on its own page; anything the visitor may not read now answers 404 like a missing id. */
@Named
@RequestScoped
public class NoticePage {
    @EJB
    NoticeBoard noticeBoard;

    @Inject
    FacesContext faces;

    private String id;
    private NoticeView notice;

    public void load() throws IOException {
        try {
            notice = noticeBoard.notice(Long.parseLong(id));
        } catch (NumberFormatException | NoSuchNoticeException e) {
            NotFound.send(faces);
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public NoticeView getNotice() { return notice; }
}
