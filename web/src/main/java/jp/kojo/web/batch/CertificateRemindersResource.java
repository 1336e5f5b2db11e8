package jp.kojo.web.batch;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import jp.kojo.certificate.boundary.CertificateExpiryReminders;

/**
 * The batch administrator runs the certificate expiry reminders at once
 * ({@code POST /api/batch/reminders/certificate-expiry} with a JSON body, e.g. {@code {}}), as the morning timer
 * would: reminders already sent are not sent again. Answers {@code {"mails": n}}.
 */
@Path("batch/reminders/certificate-expiry")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateRemindersResource {
    @EJB
    CertificateExpiryReminders reminders;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> run(String ignored) {
        return Map.of("mails", reminders.runNow());
    }
}
