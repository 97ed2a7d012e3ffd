package br.com.atende.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * GreenMail as the test server's SMTP server (port of -Datende.smtp.port), with the reading helpers
 * the mail tests share: waiting for the email whose subject names a case, and its two parts.
 */
public final class MailServer implements AutoCloseable {

  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

  private final GreenMail smtp;

  private MailServer(GreenMail smtp) {
    this.smtp = smtp;
  }

  public static MailServer start() {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("atende.smtp.port", 3025),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return new MailServer(smtp);
  }

  /** The first email whose subject contains every one of the words; waits for it to arrive. */
  public MimeMessage awaitEmail(String... subjectWords) throws Exception {
    Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      MimeMessage found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> Arrays.stream(subjectWords).allMatch(subjectOf(m)::contains))
              .findFirst()
              .orElse(null);
      if (found != null) {
        return found;
      }
      smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError(
        "no email with " + Arrays.toString(subjectWords) + " within " + DELIVERY_TIMEOUT);
  }

  /**
   * The first email to this recipient; waits for it to arrive. Emails of earlier tests, delivered
   * late by the outbox, may arrive meanwhile: they are passed over.
   */
  public MimeMessage awaitEmailTo(String recipient) throws Exception {
    Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (recipient.equals(m.getRecipients(Message.RecipientType.TO)[0].toString())) {
          return m;
        }
      }
      smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no email to " + recipient + " within " + DELIVERY_TIMEOUT);
  }

  public MimeMessage[] received() {
    return smtp.getReceivedMessages();
  }

  /** The plain-text part of a multipart/alternative email (searched through nested multiparts). */
  /** The plain-text part, its line breaks as written (SMTP carries them as CRLF). */
  public static String textPart(MimeMessage email) throws Exception {
    String text = part(email.getContent(), "text/plain");
    return text == null ? null : text.replace("\r\n", "\n");
  }

  public static String htmlPart(MimeMessage email) throws Exception {
    return part(email.getContent(), "text/html");
  }

  private static String part(Object content, String type) throws Exception {
    if (content instanceof MimeMultipart) {
      MimeMultipart multipart = (MimeMultipart) content;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        if (body.isMimeType(type)) {
          return (String) body.getContent();
        }
        if (body.isMimeType("multipart/*")) {
          String inner = part(body.getContent(), type);
          if (inner != null) {
            return inner;
          }
        }
      }
    }
    return null;
  }

  public static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
