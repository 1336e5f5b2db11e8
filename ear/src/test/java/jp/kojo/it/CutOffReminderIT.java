package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import jp.kojo.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminder mails three business days before a cut-off, through a real SMTP server (GreenMail on the port the
 * test server's mail session sends to): nothing the day before, one Japanese mail to the master (the user with
 * the send right) on the day, nothing on a second run; started by the batch administrator, refused to others.
 */
@ExtendWith(ArquillianExtension.class)
class CutOffReminderIT {
    private static final String[] WEEKDAYS = {"月", "火", "水", "木", "金", "土", "日"};


    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @AfterEach
    void releaseClock() throws Exception {
        new ServerClock(management).release();
    }

    @Test
    void theMasterIsRemindedOnceThreeBusinessDaysBeforeTheCutOff() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        assertEquals(200, union.get("/deduction/cycle.xhtml?cycle=" + cycle.cycleId).statusCode());
        long org = TestServer.organizationId(LumpSumFixture.UNION);
        LocalDate cutOff = LocalDate.parse(TestServer.queryString("SELECT cut_off_date FROM organization_cycle "
                + "WHERE organization_id = ? AND cycle_id = ?", org, cycle.cycleId));
        LocalDate reminderDay = LumpSumFixture.CALENDAR.businessDaysBefore(cutOff, 3);
        String label = TestServer.queryString("SELECT year_month FROM deduction_cycle WHERE id = ?", cycle.cycleId);
        String cycleLabel = Integer.parseInt(label.substring(0, 4)) + "年" + Integer.parseInt(label.substring(5)) + "月 賞与";
        ServerClock clock = new ServerClock(management);

        clock.pin(ZonedDateTime.of(LumpSumFixture.CALENDAR.businessDaysBefore(reminderDay, 1), LocalTime.of(10, 0),
                ClockProducer.TOKYO));
        // Logged in after each move of the clock: a login lasts 8 hours by the server's clock.
        assertEquals(200, run(new KojoBrowserlessClient("batch01").loggedInAs("batch01")).statusCode());
        assertEquals(List.of(), mailsAbout(cycleLabel), "nothing four business days before");

        clock.pin(ZonedDateTime.of(reminderDay, LocalTime.of(10, 0), ClockProducer.TOKYO));
        assertEquals(403, run(new KojoBrowserlessClient("union01").loggedInAs("union01")).statusCode(),
                "only the batch administrator starts the reminders");
        KojoBrowserlessClient batch = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        HttpResponse<String> first = run(batch);
        assertEquals(200, first.statusCode());
        List<MimeMessage> mails = mailsAbout(cycleLabel);
        assertEquals(1, mails.size(), "one mail: only the master has the send right");
        MimeMessage mail = mails.get(0);
        assertEquals("union01@demo.kojo.example.jp", mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("【労金控除サービス】送信期限のお知らせ (" + cycleLabel + ")", mail.getSubject());
        String body = (String) mail.getContent();
        assertTrue(body.startsWith("全国ろうきん労働組合\n"), body);
        assertTrue(body.contains(cycleLabel + "の控除結果がまだ送信されていません。"), body);
        assertTrue(body.contains("入金日　　　: " + date(cycle.paymentDate)), body);
        assertTrue(body.contains("送信期限　　: " + date(cutOff)), body);
        assertTrue(body.contains("あと3営業日"), body);
        assertEquals(1, TestServer.queryLong("SELECT recipients FROM reminder_sent WHERE organization_id = ? "
                + "AND cycle_id = ? AND kind = 'CUT_OFF'", org, cycle.cycleId));

        int received = TestMail.server().getReceivedMessages().length;
        HttpResponse<String> second = run(batch);
        assertEquals(200, second.statusCode());
        assertTrue(second.body().contains("\"mails\":0"), second.body());
        assertEquals(received, TestMail.server().getReceivedMessages().length, "a second run sends nothing");
    }

    private static HttpResponse<String> run(KojoBrowserlessClient client) throws Exception {
        return client.postJson("/api/batch/reminders/cut-off", "{}");
    }

    private static List<MimeMessage> mailsAbout(String cycleLabel) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(cycleLabel);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日("
                + WEEKDAYS[date.getDayOfWeek().getValue() - 1] + ")";
    }
}
