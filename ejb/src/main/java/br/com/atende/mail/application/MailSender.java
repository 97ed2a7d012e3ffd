package br.com.atende.mail.application;

import br.com.atende.mail.model.OutboundEmail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one outbox email with Jakarta Mail through the server's mail session. The row is locked
 * while sending, so the after-commit dispatch and the retry timer can never both send it.
 */
@PermitAll
@Stateless
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/mail/Atende")
  private Session mailSession;

  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void send(long emailId) {
    OutboundEmail email = em.find(OutboundEmail.class, emailId, LockModeType.PESSIMISTIC_WRITE);
    LocalDateTime now = LocalDateTime.now(clock);
    if (email == null || !email.isDue(now)) {
      return;
    }
    try {
      Transport.send(toMessage(email));
      email.markSent(now);
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Email {0} not sent yet: {1}", new Object[] {emailId, e.getMessage()});
      email.markFailed(e.getMessage(), now);
    }
  }

  private MimeMessage toMessage(OutboundEmail email) throws MessagingException {
    MimeMessage message = new MimeMessage(mailSession);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.getRecipient(), true));
    message.setSubject(email.getSubject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.setHeader("X-Atende-Event", email.getEventKey());

    MimeBodyPart text = new MimeBodyPart();
    text.setText(email.getBodyText(), StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(email.getBodyHtml(), "text/html; charset=UTF-8");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    return message;
  }
}
