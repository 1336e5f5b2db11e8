package jp.kojo.web.zaikei;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.kojo.web.common.Messages;
import jp.kojo.zaikei.boundary.ZaikeiChangeRequest;
import jp.kojo.zaikei.boundary.ZaikeiDepositLineView;
import jp.kojo.zaikei.boundary.ZaikeiDepositView;
import jp.kojo.zaikei.boundary.ZaikeiDeposits;
import jp.kojo.zaikei.boundary.ZaikeiRefusedException;
import jp.kojo.zaikei.entity.ZaikeiChangeKind;
import jp.kojo.zaikei.entity.ZaikeiKind;

/**
 * 預入明細書 (明細送信): the employer's deposit statement for the next deposit, its staff's changes entered one by one
 * (each checked by the bank's rules, a refusal says which), the resulting amounts and totals, approve and send.
 */
@Named
@ViewScoped
public class ZaikeiDepositPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    @EJB
    ZaikeiDeposits deposits;

    private ZaikeiDepositView deposit;
    private String changeKind;
    private String savingsContract;
    private String personNumber;
    private String nameKana;
    private String birthDate;
    private String savingsKind;
    private String monthly;
    private String bonus;

    @PostConstruct
    void init() {
        deposit = deposits.current().orElse(null);
    }

    public void addChange() {
        ZaikeiChangeKind kind = changeKind == null || changeKind.isBlank() ? null : ZaikeiChangeKind.valueOf(changeKind);
        Long monthlyAmount = amount(monthly, kind != ZaikeiChangeKind.STOP, "zaikei.deposit.monthly");
        Long bonusAmount = amount(bonus, false, "zaikei.deposit.bonus");
        LocalDate birth = null;
        if (kind == ZaikeiChangeKind.NEW_ENROLMENT && birthDate != null && !birthDate.isBlank()) {
            try {
                birth = LocalDate.parse(birthDate.strip().replace("-", "").replace("/", ""), BASIC);
            } catch (DateTimeParseException e) {
                Messages.error("zaikei.deposit.badDate");
                return;
            }
        }
        if (monthlyAmount == null || bonusAmount == null) {
            return;
        }
        ZaikeiKind kindOfSavings = savingsKind == null || savingsKind.isBlank() ? null : ZaikeiKind.valueOf(savingsKind);
        boolean newEnrolment = kind == ZaikeiChangeKind.NEW_ENROLMENT;
        try {
            deposit = deposits.addChange(deposit.id(), new ZaikeiChangeRequest(kind, newEnrolment ? null : savingsContract,
                    newEnrolment ? personNumber : null, newEnrolment ? nameKana : null, birth,
                    newEnrolment ? kindOfSavings : null, monthlyAmount, bonusAmount));
            Messages.info("zaikei.deposit.added");
            clearForm();
        } catch (ZaikeiRefusedException refused) {
            refused(refused);
        }
    }

    public void removeChange(long changeId) {
        try {
            deposit = deposits.removeChange(deposit.id(), changeId);
            Messages.info("zaikei.deposit.removed");
        } catch (ZaikeiRefusedException refused) {
            refused(refused);
        }
    }

    public void approve() {
        try {
            deposit = deposits.approve(deposit.id());
            Messages.info(deposit.approvedAlone() ? "zaikei.deposit.approvedAlone" : "zaikei.deposit.approved");
        } catch (ZaikeiRefusedException refused) {
            refused(refused);
        }
    }

    public void send() {
        try {
            deposit = deposits.send(deposit.id());
            Messages.info("zaikei.deposit.sent");
        } catch (ZaikeiRefusedException refused) {
            refused(refused);
        }
    }

    private void refused(ZaikeiRefusedException refused) {
        String sendBy = refused.sendBy() == null ? ""
                : DateTimeFormatter.ofPattern(Messages.text("format.date")).format(refused.sendBy());
        Messages.error("zaikei.refused." + refused.refusal().name(), sendBy);
        try {
            deposit = deposits.deposit(deposit.id());
        } catch (EJBException e) {
            // Keep the last view: the message says what happened.
        }
    }

    /** Digits only (commas allowed); blank is 0 unless required. Null after a message when not a number. */
    private static Long amount(String text, boolean required, String fieldKey) {
        String t = text == null ? "" : text.strip().replace(",", "");
        if (t.isEmpty()) {
            if (required) {
                Messages.error("zaikei.deposit.amountRequired", Messages.text(fieldKey));
                return null;
            }
            return 0L;
        }
        if (!t.matches("[0-9]{1,9}")) {
            Messages.error("zaikei.deposit.notANumber", Messages.text(fieldKey));
            return null;
        }
        return Long.parseLong(t);
    }

    private void clearForm() {
        changeKind = null;
        savingsContract = null;
        personNumber = null;
        nameKana = null;
        birthDate = null;
        savingsKind = null;
        monthly = null;
        bonus = null;
    }

    /** The statement's contracts, for choosing the one a stop, amount change or resume is for. */
    public List<ZaikeiDepositLineView> getContracts() {
        return deposit == null ? List.of() : deposit.lines().stream().filter(l -> l.savingsContract() != null).toList();
    }

    public String exportQuery(String format, String encoding) {
        return "?deposit=" + deposit.id() + "&format=" + format + (encoding == null ? "" : "&encoding=" + encoding);
    }

    public ZaikeiDepositView getDeposit() { return deposit; }

    public String getSendByText() {
        return deposit == null ? "" : DateTimeFormatter.ofPattern(Messages.text("format.date")).format(deposit.sendBy());
    }
    public ZaikeiChangeKind[] getChangeKinds() { return ZaikeiChangeKind.values(); }
    public ZaikeiKind[] getKinds() { return ZaikeiKind.values(); }
    public String getChangeKind() { return changeKind; }
    public void setChangeKind(String changeKind) { this.changeKind = changeKind; }
    public String getSavingsContract() { return savingsContract; }
    public void setSavingsContract(String savingsContract) { this.savingsContract = savingsContract; }
    public String getPersonNumber() { return personNumber; }
    public void setPersonNumber(String personNumber) { this.personNumber = personNumber; }
    public String getNameKana() { return nameKana; }
    public void setNameKana(String nameKana) { this.nameKana = nameKana; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    public String getSavingsKind() { return savingsKind; }
    public void setSavingsKind(String savingsKind) { this.savingsKind = savingsKind; }
    public String getMonthly() { return monthly; }
    public void setMonthly(String monthly) { this.monthly = monthly; }
    public String getBonus() { return bonus; }
    public void setBonus(String bonus) { this.bonus = bonus; }
}
