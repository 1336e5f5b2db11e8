package jp.kojo.web.deduction;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import jp.kojo.deduction.boundary.LumpSumRefusedException;
import jp.kojo.web.common.Messages;

/** Turns a refused lump-sum action into the screen's message: the cut-off date and line number filled in. */
final class LumpSumMessages {
    private LumpSumMessages() {
    }

    static void refused(LumpSumRefusedException refused) {
        String cutOff = refused.cutOffDate() == null ? ""
                : DateTimeFormatter.ofPattern(Messages.text("lumpsum.datePattern")).format(refused.cutOffDate());
        String line = refused.lineNumber() == null ? "" : String.valueOf(refused.lineNumber());
        add(FacesMessage.SEVERITY_ERROR, MessageFormat.format(
                Messages.text("lumpsum.refused." + refused.refusal().name()), cutOff, line));
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, MessageFormat.format(Messages.text(key), arguments));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
