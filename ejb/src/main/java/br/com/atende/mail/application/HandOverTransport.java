package br.com.atende.mail.application;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * The server's SMTP transport (Angus Mail), with one step run just before the end of an email's
 * data: the line after which the SMTP server takes the email. The outbox records the hand-over
 * there ({@link OutboxRows#handingOver}), so that the claims of a server that died are told apart
 * into those the SMTP server never had (sent again) and those it may have (never sent twice).
 */
final class HandOverTransport extends SMTPTransport {

  private static final Logger LOG = Logger.getLogger(HandOverTransport.class.getName());

  private Runnable beforeEndOfData;

  private boolean handedOver;

  /** A transport to the SMTP server of the mail session, configured as the session says. */
  HandOverTransport(Session session) {
    super(session, new URLName("smtp", null, -1, null, null, null), "smtp", false);
  }

  /**
   * Sends the message to its recipients on this (connected) transport; the step runs just before
   * the end of its data and, when it throws, the email is not handed over.
   */
  void send(MimeMessage message, Runnable beforeEndOfData) throws MessagingException {
    this.beforeEndOfData = beforeEndOfData;
    handedOver = false;
    try {
      sendMessage(message, message.getAllRecipients());
    } finally {
      this.beforeEndOfData = null;
    }
  }

  /**
   * Whether the last send got as far as the end of its data (the step had run): from then on the
   * SMTP server may have the email, unless it answered with an error.
   */
  boolean handedOver() {
    return handedOver;
  }

  @Override
  protected void finishData() throws IOException, MessagingException {
    beforeEndOfData.run();
    handedOver = true;
    super.finishData();
  }

  /** The end of the data when the session sends in chunks (mail.smtp.chunksize). */
  @Override
  protected void finishBdat() throws IOException, MessagingException {
    beforeEndOfData.run();
    handedOver = true;
    super.finishBdat();
  }

  /** Says goodbye to the SMTP server; the email's outcome is known by then, whatever this does. */
  void closeQuietly() {
    try {
      close();
    } catch (MessagingException e) {
      LOG.log(Level.FINE, "SMTP connection not closed cleanly", e);
    }
  }
}
