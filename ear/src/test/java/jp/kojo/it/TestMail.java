package jp.kojo.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the test server mails to: GreenMail in the test JVM, started on first use on the host and
 * port PrepareTestServer gave the server (kojo.smtp.host/port in server.properties), running until the JVM ends.
 */
public final class TestMail {
    private static final Pattern CODE = Pattern.compile("本人認証コード: ([0-9]{6})");
    public static final String CODE_SUBJECT = "【Kojo】本人認証コードのお知らせ";
    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(TestServer.home().resolve("server.properties"), StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server = new GreenMail(new ServerSetup(Integer.parseInt(properties.getProperty("kojo.smtp.port")),
                    properties.getProperty("kojo.smtp.host", "127.0.0.1"), ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** The mails to this address so far, oldest first. */
    public static List<MimeMessage> to(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : server().getReceivedMessages()) {
            for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                if (recipient.toString().equalsIgnoreCase(address)) {
                    found.add(message);
                }
            }
        }
        return found;
    }

    /** The mails to this address with this subject so far, oldest first. */
    public static List<MimeMessage> to(String address, String subject) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : to(address)) {
            if (subject.equals(message.getSubject())) {
                found.add(message);
            }
        }
        return found;
    }

    /** The body of a mail as text. */
    public static String body(MimeMessage mail) throws Exception {
        return String.valueOf(mail.getContent());
    }

    /** Waits up to 20 s for the count-th mail to the address and answers it. */
    public static MimeMessage await(String address, int count) throws Exception {
        return await(address, null, count);
    }

    /** Waits up to 20 s for the count-th mail to the address with this subject (any subject if null). */
    public static MimeMessage await(String address, String subject, int count) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            List<MimeMessage> mails = subject == null ? to(address) : to(address, subject);
            if (mails.size() >= count) {
                return mails.get(count - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail number " + count + " to " + address
                + (subject == null ? "" : " with subject " + subject) + " within 20 s");
    }

    /** The one-time code in the count-th code mail (本人認証コードのお知らせ) to the address. */
    public static String code(String address, int count) throws Exception {
        MimeMessage mail = await(address, CODE_SUBJECT, count);
        String body = String.valueOf(mail.getContent());
        Matcher matcher = CODE.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No code in the mail: " + body);
        }
        return matcher.group(1);
    }
}
