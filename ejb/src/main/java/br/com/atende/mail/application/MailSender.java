package br.com.atende.mail.application;

import br.com.atende.mail.model.OutboundEmail;
import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.activation.FileDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends one outbox email with Jakarta Mail through the server's mail session: claim (committed),
 * hand over to SMTP outside any transaction with the hand-over committed just before the end of the
 * data, record the outcome (committed). A claimed email is never taken by another sender, so the
 * after-commit dispatch and the retry timer can never both send it; see {@link OutboundEmail} for
 * what happens when the outcome is lost.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  /** The header every email of Atende carries, naming its event. */
  public static final String LOOP_HEADER = "X-Atende-Event";

  @Resource(lookup = "java:jboss/mail/Atende")
  private Session mailSession;

  @Inject private OutboxRows rows;

  @Inject private ReplyTokens replyTokens;

  @Inject private StoredFiles store;

  public void send(long emailId) {
    Optional<OutboundEmail> claimed = rows.claim(emailId);
    if (claimed.isEmpty()) {
      return;
    }
    HandOverTransport transport = new HandOverTransport(mailSession);
    try {
      // Taken (the SMTP server answered the end of the data): recorded before the QUIT, whose
      // failure changes nothing. Should this update fail, the claim goes stale (see OutboundEmail).
      handOver(claimed.get(), transport).ifPresent(messageId -> rows.sent(emailId, messageId));
    } finally {
      transport.closeQuietly();
    }
  }

  /**
   * Hands the email to the SMTP server, the hand-over recorded just before the end of its data; its
   * Message-ID when the server took it, empty (and the failure recorded) when not.
   */
  private Optional<String> handOver(OutboundEmail email, HandOverTransport transport) {
    try {
      MimeMessage message = toMessage(email);
      // Sets the Message-ID (kept, so that a bounce naming it finds this email).
      message.saveChanges();
      String messageId = message.getMessageID();
      transport.connect();
      transport.send(message, () -> rows.handingOver(email.getId(), messageId));
      return Optional.of(messageId);
    } catch (MessagingException | RuntimeException e) {
      if (transport.handedOver() && !(e instanceof SMTPSendFailedException)) {
        // The end of the data left and no answer came back: the server may have taken it.
        LOG.log(
            Level.WARNING,
            "Email {0} handed over without an answer, outcome unknown: {1}",
            new Object[] {email.getId(), e.getMessage()});
        rows.unanswered(email.getId());
        return Optional.empty();
      }
      // Refused by the SMTP server (its answer names the error), or never handed over.
      LOG.log(
          Level.WARNING,
          "Email {0} not sent yet: {1}",
          new Object[] {email.getId(), e.getMessage()});
      rows.failed(email.getId(), e.getMessage());
      return Optional.empty();
    }
  }

  private MimeMessage toMessage(OutboundEmail email) throws MessagingException {
    String messageId =
        email.getCaseId() == null
            ? messageId(email.getEventKey())
            : replyTokens.messageId(email.getCaseId(), email.getEventKey());
    MimeMessage message = new StableIdMessage(mailSession, messageId);
    String company = rows.companyCodeOf(email.getCaseId()).orElse(null);
    try {
      message.setFrom(
          new InternetAddress(
              MailSettings.fromAddress(company),
              MailSettings.fromName(company),
              StandardCharsets.UTF_8.name()));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("every Java platform has UTF-8", e);
    }
    message.setReplyTo(
        new InternetAddress[] {new InternetAddress(MailSettings.supportAddress(company), true)});
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.getRecipient(), true));
    message.setSubject(email.getSubject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    // Atende's loop header: mail carrying it that comes back to the support mailbox is dropped.
    message.setHeader(LOOP_HEADER, email.getEventKey());
    if (email.isAutomatic()) {
      // RFC 3834: no vacation responder should answer it; Exchange reads the second header.
      message.setHeader("Auto-Submitted", "auto-generated");
      message.setHeader("X-Auto-Response-Suppress", "All");
    }

    MimeBodyPart text = new MimeBodyPart();
    text.setText(email.getBodyText(), StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(email.getBodyHtml(), "text/html; charset=UTF-8");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    List<OutboxRows.OutgoingFile> files = rows.filesOf(email.getId());
    if (files.isEmpty()) {
      message.setContent(alternative);
      return message;
    }
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart bodies = new MimeBodyPart();
    bodies.setContent(alternative);
    mixed.addBodyPart(bodies);
    for (OutboxRows.OutgoingFile file : files) {
      MimeBodyPart part = new MimeBodyPart();
      FileDataSource source = new FileDataSource(store.pathOf(file.storageKey()).toFile());
      part.setDataHandler(new DataHandler(new TypedSource(source, file.contentType())));
      part.setFileName(file.fileName());
      part.setDisposition(MimeBodyPart.ATTACHMENT);
      mixed.addBodyPart(part);
    }
    message.setContent(mixed);
    return message;
  }

  /**
   * A message whose Message-ID comes from its event key (and, for a case email, the case's reply
   * token, see {@link ReplyTokens}): should an email ever be handed over twice (an administrator's
   * retry of one whose outcome was unknown), both copies carry the same id, and mail clients show
   * it once; a reply names it in In-Reply-To.
   */
  static final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }

  /**
   * A stored file sent with the type recognized when it was uploaded, not one guessed from its
   * name.
   */
  private static final class TypedSource implements DataSource {

    private final DataSource file;
    private final String contentType;

    TypedSource(DataSource file, String contentType) {
      this.file = file;
      this.contentType = contentType;
    }

    @Override
    public InputStream getInputStream() throws IOException {
      return file.getInputStream();
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
      throw new IOException("read only");
    }

    @Override
    public String getContentType() {
      return contentType;
    }

    @Override
    public String getName() {
      return file.getName();
    }
  }

  /** The Message-ID of the email of an event: only letters, digits, dots and dashes. */
  static String messageId(String eventKey) {
    return "<"
        + eventKey.replaceAll("[^A-Za-z0-9.-]", ".")
        + "@"
        + MailSettings.messageIdDomain()
        + ">";
  }
}
