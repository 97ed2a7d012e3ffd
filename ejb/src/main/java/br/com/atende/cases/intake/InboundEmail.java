package br.com.atende.cases.intake;

import br.com.atende.mail.application.EmailAddresses;
import br.com.atende.shared.RichText;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What Atende takes from a received email: its identity (Message-ID, or a hash of its contents when
 * it has none), the validated sender, the subject, the headers that name the email it answers, and
 * its text without the quoted lines of earlier messages.
 */
public record InboundEmail(
    String key, Optional<String> from, String subject, String answers, String text) {

  /** Longest text kept of one email. */
  static final int MAX_TEXT = 20_000;

  public static InboundEmail of(MimeMessage message) throws MessagingException, IOException {
    Optional<String> from = Optional.empty();
    Address[] senders = message.getFrom();
    if (senders != null && senders.length > 0 && senders[0] instanceof InternetAddress) {
      from = EmailAddresses.valid(((InternetAddress) senders[0]).getAddress());
    }
    String subject = message.getSubject() == null ? "" : message.getSubject().strip();
    String answers =
        String.join(" ", header(message, "In-Reply-To"), header(message, "References")).strip();
    String text = withoutQuotes(textOf(message));
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    String messageId = message.getMessageID();
    String key =
        messageId != null && !messageId.isBlank() && messageId.length() <= 250
            ? messageId.strip()
            : "sha256:" + sha256(from.orElse("") + "\n" + subject + "\n" + text);
    return new InboundEmail(key, from, subject, answers, text);
  }

  private static String header(MimeMessage message, String name) throws MessagingException {
    String value = message.getHeader(name, " ");
    return value == null ? "" : value;
  }

  /** The plain-text part, else the HTML part's visible text. */
  private static String textOf(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      String html = null;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition())) {
          continue;
        }
        if (body.isMimeType("text/plain") || body.isMimeType("multipart/*")) {
          String text = textOf(body);
          if (!text.isBlank()) {
            return text;
          }
        } else if (body.isMimeType("text/html") && html == null) {
          html = textOf(body);
        }
      }
      return html == null ? "" : html;
    }
    if (part.isMimeType("text/html")) {
      return RichText.visibleText(String.valueOf(part.getContent()));
    }
    return "";
  }

  /** Drops the lines a mail client quotes from the email being answered ("> ..."). */
  static String withoutQuotes(String text) {
    return text.lines()
        .filter(line -> !line.stripLeading().startsWith(">"))
        .collect(Collectors.joining("\n"))
        .strip();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
