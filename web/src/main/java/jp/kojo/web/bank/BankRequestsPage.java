package jp.kojo.web.bank;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kojo.account.boundary.MasterDeletionOutcome;
import jp.kojo.account.boundary.MasterDeletions;
import jp.kojo.certificate.boundary.CertificateHolderView;
import jp.kojo.certificate.boundary.CertificateRevocations;
import jp.kojo.forms.boundary.ContractNumberEnquiries;
import jp.kojo.forms.boundary.EnquiryMatch;
import jp.kojo.forms.boundary.EnquiryReply;
import jp.kojo.organization.boundary.BranchView;
import jp.kojo.organization.boundary.Organizations;
import jp.kojo.web.common.Messages;

/**
 * 書面受付 (bank operators): a master's deletion on its paper request (マスターユーザー削除依頼), and the reply letter to a
 * contract-number enquiry (契約番号照会). Both need the request's reference and a reason; a refusal keeps the input.
 */
@Named
@ViewScoped
public class BankRequestsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    MasterDeletions deletions;

    @EJB
    CertificateRevocations revocations;

    @EJB
    ContractNumberEnquiries enquiries;

    @EJB
    Organizations organizations;

    private String masterContract;
    private transient List<CertificateHolderView> masters;
    private String deleteLoginId;
    private String deleteReference;
    private String deleteReason;

    private String enquiryName;
    private String enquiryKana;
    private String enquiryBranch;
    private transient List<EnquiryMatch> matches;
    private String replyContract;
    private String replyReference;
    private String replyReason;

    public List<BranchView> getBranches() {
        return organizations.branches();
    }

    public List<CertificateHolderView> getMasters() {
        if (masters == null) {
            masters = revocations.masters(masterContract);
        }
        return masters;
    }

    public void findMasters() {
        masters = null;
    }

    public void deleteMaster() {
        MasterDeletionOutcome outcome = deletions.delete(deleteLoginId, deleteReference, deleteReason);
        if (outcome == MasterDeletionOutcome.DELETED) {
            Messages.info("requests.deleted", deleteLoginId.strip());
            deleteLoginId = null;
            deleteReference = null;
            deleteReason = null;
            masters = null;
        } else {
            Messages.error("requests.deletion." + outcome.name());
        }
    }

    public void findOrganizations() {
        matches = enquiries.find(enquiryName, enquiryKana, enquiryBranch);
        if (matches.isEmpty()) {
            Messages.info("requests.noMatch");
        }
    }

    /** Sends the reply letter as the answer to the press of the button; a refusal stays on the page. */
    public void printReply() throws IOException {
        EnquiryReply reply = enquiries.reply(replyContract, replyReference, replyReason);
        if (reply.refusal() != null) {
            Messages.error("requests.reply." + reply.refusal().name());
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + reply.fileName()
                + "\"; filename*=UTF-8''" + URLEncoder.encode(reply.fileName(), StandardCharsets.UTF_8));
        external.setResponseContentLength(reply.pdf().length);
        external.getResponseOutputStream().write(reply.pdf());
        faces.responseComplete();
    }

    public List<EnquiryMatch> getMatches() { return matches; }
    public String getMasterContract() { return masterContract; }
    public void setMasterContract(String masterContract) { this.masterContract = masterContract; }
    public String getDeleteLoginId() { return deleteLoginId; }
    public void setDeleteLoginId(String deleteLoginId) { this.deleteLoginId = deleteLoginId; }
    public String getDeleteReference() { return deleteReference; }
    public void setDeleteReference(String deleteReference) { this.deleteReference = deleteReference; }
    public String getDeleteReason() { return deleteReason; }
    public void setDeleteReason(String deleteReason) { this.deleteReason = deleteReason; }
    public String getEnquiryName() { return enquiryName; }
    public void setEnquiryName(String enquiryName) { this.enquiryName = enquiryName; }
    public String getEnquiryKana() { return enquiryKana; }
    public void setEnquiryKana(String enquiryKana) { this.enquiryKana = enquiryKana; }
    public String getEnquiryBranch() { return enquiryBranch; }
    public void setEnquiryBranch(String enquiryBranch) { this.enquiryBranch = enquiryBranch; }
    public String getReplyContract() { return replyContract; }
    public void setReplyContract(String replyContract) { this.replyContract = replyContract; }
    public String getReplyReference() { return replyReference; }
    public void setReplyReference(String replyReference) { this.replyReference = replyReference; }
    public String getReplyReason() { return replyReason; }
    public void setReplyReason(String replyReason) { this.replyReason = replyReason; }
}
