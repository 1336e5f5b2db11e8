package jp.kojo.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import jp.kojo.manual.boundary.Manual;
import jp.kojo.manual.boundary.ManualSummary;
import jp.kojo.manual.boundary.Manuals;
import jp.kojo.manual.boundary.NoSuchManualException;

/** 操作マニュアル as a page: {@code /public/manual.xhtml?m=<slug>}; an unknown slug answers 404. */
@Named
@RequestScoped
public class ManualPage {
    @EJB
    Manuals manuals;

    @Inject
    FacesContext faces;

    private String slug;
    private Manual manual;

    public void load() throws IOException {
        try {
            manual = manuals.manual(slug);
        } catch (NoSuchManualException e) {
            NotFound.send(faces);
        }
    }

    public List<ManualSummary> getOthers() {
        return manuals.catalog().stream().filter(m -> !m.slug().equals(slug)).toList();
    }

    public String getM() { return slug; }
    public void setM(String slug) { this.slug = slug; }
    public Manual getManual() { return manual; }
}
