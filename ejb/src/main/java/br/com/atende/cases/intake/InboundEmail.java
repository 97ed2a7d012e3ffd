package br.com.atende.cases.intake;

import br.com.atende.cases.attachment.AttachmentUpload;
import br.com.atende.mail.application.EmailAddresses;
import br.com.atende.mail.application.HeaderText;
import br.com.atende.mail.application.MailSender;
import br.com.atende.shared.RichText;
import br.com.atende.shared.SecretTokens;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What Atende takes from a received email: its identity (Message-ID, or a hash of its contents when
 * it has none), the validated sender and its name, the subject, the headers that name the email it
 * answers, its text without the quoted lines of earlier messages, its files, and what kind of
 * message it is (a person's, an auto-reply, a bounce, or Atende's own come back). Every header is
 * decoded onto one line ({@link HeaderText}).
 *
 * @param files read from the mailbox only when imported (the folder is open meanwhile)
 * @param bounced for a bounce, the Message-IDs of the email that did not arrive
 * @param reason for a bounce, the mail server's diagnostic
 */
public record InboundEmail(
    String key,
    Optional<String> from,
    String senderName,
    String subject,
    String answers,
    String text,
    Kind kind,
    List<String> bounced,
    String reason,
    List<AttachmentUpload> files) {

  /** What a message is, which decides whether it may become a case or a reply. */
  public enum Kind {
    /** Written by a person: a request or a reply. */
    PERSONAL,
    /** An automatic answer (RFC 3834: out of office, vacation, list mail): never a case. */
    AUTO_REPLY,
    /** A delivery-status report: marks the email it answers bounced, never a case. */
    BOUNCE,
    /** Atende's own mail, or the support address's: dropped, or mail would go round forever. */
    LOOP
  }

  /** Longest text kept of one email. */
  static final int MAX_TEXT = 20_000;

  private static final int MAX_SUBJECT = 250;

  private static final Set<String> AUTOMATIC_PRECEDENCE =
      Set.of("bulk", "junk", "list", "auto_reply");

  private static final Set<String> MAILER_DAEMONS = Set.of("mailer-daemon", "postmaster");

  private static final Pattern BRACKETED_ADDRESS = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>");

  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>");

  public InboundEmail {
    bounced = List.copyOf(bounced);
    files = List.copyOf(files);
  }

  /**
   * Reads a message; {@code supportAddresses} are the addresses of Atende itself, whose mail is
   * never taken in. Throws when the message cannot be decoded.
   */
  public static InboundEmail of(MimeMessage message, Set<String> supportAddresses)
      throws MessagingException, IOException {
    Optional<InternetAddress> sender = sender(message);
    Optional<String> from = sender.flatMap(a -> EmailAddresses.valid(a.getAddress()));
    String senderName =
        sender.map(a -> HeaderText.oneLine(a.getPersonal())).filter(n -> !n.isBlank()).orElse("");
    String subject = HeaderText.decode(message.getHeader("Subject", null));
    if (subject.length() > MAX_SUBJECT) {
      subject = subject.substring(0, MAX_SUBJECT);
    }
    String answers =
        HeaderText.oneLine(
            String.join(" ", header(message, "In-Reply-To"), header(message, "References")));
    Kind kind = kindOf(message, from, supportAddresses);
    List<String> bounced = List.of();
    String reason = "";
    String text = "";
    List<AttachmentUpload> files = List.of();
    if (kind == Kind.BOUNCE) {
      List<String> ids = new ArrayList<>();
      StringBuilder diagnostic = new StringBuilder();
      readReport(message, ids, diagnostic);
      Matcher named = MESSAGE_ID.matcher(answers);
      while (named.find()) {
        ids.add(named.group());
      }
      bounced = ids.stream().distinct().toList();
      reason = HeaderText.oneLine(diagnostic.toString());
    } else if (kind == Kind.PERSONAL) {
      text = withoutQuotes(textOf(message));
      if (text.length() > MAX_TEXT) {
        text = text.substring(0, MAX_TEXT);
      }
      List<AttachmentUpload> found = new ArrayList<>();
      filesOf(message, found);
      files = found;
    }
    String messageId = HeaderText.oneLine(message.getMessageID());
    String key =
        !messageId.isBlank() && messageId.length() <= 250
            ? messageId
            : "sha256:" + sha256(from.orElse("") + "\n" + subject + "\n" + rawHeaders(message));
    return new InboundEmail(
        key, from, senderName, subject, answers, text, kind, bounced, reason, files);
  }

  /**
   * The identity of a message that could not be read: its Message-ID if that much can be, else a
   * hash of its headers; and its sender and subject as far as they can be decoded, for the list of
   * messages kept aside.
   */
  static KeptAside keptAside(MimeMessage message, String why) {
    String key;
    String sender = "";
    String subject = "";
    try {
      String messageId = HeaderText.oneLine(message.getMessageID());
      key =
          !messageId.isBlank() && messageId.length() <= 250
              ? messageId
              : "sha256:" + sha256(rawHeaders(message));
    } catch (MessagingException | RuntimeException e) {
      key = "unreadable:" + sha256(String.valueOf(message.getMessageNumber()) + why);
    }
    try {
      sender = sender(message).map(InternetAddress::toUnicodeString).orElse("");
      subject = HeaderText.decode(message.getHeader("Subject", null));
    } catch (MessagingException | RuntimeException e) {
      // As much as could be read.
    }
    return new KeptAside(
        key, cut(HeaderText.oneLine(sender), 330), cut(subject, 250), cut(why, 500));
  }

  /** A message kept aside: its key, who sent it and its subject as far as known, and why. */
  public record KeptAside(String key, String sender, String subject, String reason) {}

  /** "Name <address>" as shown on the entry and the case; the address alone without a name. */
  public String senderLabel() {
    String address = from.orElse("");
    return senderName.isBlank() ? address : cut(senderName, 300) + " <" + address + ">";
  }

  private static Optional<InternetAddress> sender(MimeMessage message) throws MessagingException {
    String raw = message.getHeader("From", ",");
    if (raw == null) {
      return Optional.empty();
    }
    String line = HeaderText.oneLine(raw);
    try {
      InternetAddress[] parsed = InternetAddress.parseHeader(line, false);
      if (parsed.length > 0 && EmailAddresses.valid(parsed[0].getAddress()).isPresent()) {
        return Optional.of(parsed[0]);
      }
    } catch (AddressException e) {
      // Below.
    }
    // A display name the parser misreads (specials left unencoded in it): the address in angle
    // brackets still says who sent it; the name is lost.
    Matcher bracketed = BRACKETED_ADDRESS.matcher(line);
    InternetAddress found = null;
    while (bracketed.find()) {
      found = new InternetAddress();
      found.setAddress(bracketed.group(1));
    }
    return Optional.ofNullable(found);
  }

  /**
   * RFC 3834 and its common practice: a message that says it was sent automatically (Auto-Submitted
   * other than "no", a bulk or auto-reply Precedence, Exchange's X-Auto-Response-Suppress, the
   * X-Autoreply family), a delivery-status report (or one from a mailer daemon), and mail from
   * Atende itself.
   */
  static Kind kindOf(MimeMessage message, Optional<String> from, Set<String> supportAddresses)
      throws MessagingException {
    if (message.getHeader(MailSender.LOOP_HEADER) != null
        || from.map(a -> supportAddresses.contains(a.toLowerCase(Locale.ROOT))).orElse(false)) {
      return Kind.LOOP;
    }
    if (isDeliveryReport(message)
        || from.map(a -> MAILER_DAEMONS.contains(localPart(a))).orElse(false)) {
      return Kind.BOUNCE;
    }
    String autoSubmitted = header(message, "Auto-Submitted").strip().toLowerCase(Locale.ROOT);
    String precedence = header(message, "Precedence").strip().toLowerCase(Locale.ROOT);
    if ((!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no"))
        || AUTOMATIC_PRECEDENCE.contains(precedence)
        || message.getHeader("X-Auto-Response-Suppress") != null
        || message.getHeader("X-Autoreply") != null
        || message.getHeader("X-Autorespond") != null) {
      return Kind.AUTO_REPLY;
    }
    return Kind.PERSONAL;
  }

  private static boolean isDeliveryReport(MimeMessage message) throws MessagingException {
    if (!message.isMimeType("multipart/report")) {
      return false;
    }
    try {
      String type = new ContentType(message.getContentType()).getParameter("report-type");
      return type == null || type.equalsIgnoreCase("delivery-status");
    } catch (jakarta.mail.internet.ParseException e) {
      return true;
    }
  }

  private static String localPart(String address) {
    return address.substring(0, address.indexOf('@')).toLowerCase(Locale.ROOT);
  }

  /** The Message-ID of the returned email and the server's diagnostic, from a bounce's parts. */
  private static void readReport(Part part, List<String> ids, StringBuilder diagnostic)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        readReport(multipart.getBodyPart(i), ids, diagnostic);
      }
    } else if (part.isMimeType("message/delivery-status")) {
      for (String line : readAtMost(part, 16_384).split("\\R")) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("diagnostic-code:") || lower.startsWith("status:")) {
          diagnostic.append(line.strip()).append(' ');
        }
      }
    } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
      try (InputStream in = part.getInputStream()) {
        String id = new InternetHeaders(in).getHeader("Message-ID", null);
        if (id != null) {
          Matcher found = MESSAGE_ID.matcher(id);
          if (found.find()) {
            ids.add(found.group());
          }
        }
      }
    }
  }

  private static String readAtMost(Part part, int bytes) throws MessagingException, IOException {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(bytes), StandardCharsets.ISO_8859_1);
    }
  }

  private static String header(MimeMessage message, String name) throws MessagingException {
    String value = message.getHeader(name, " ");
    return value == null ? "" : value;
  }

  /**
   * The plain-text part, else the HTML part's visible text (so its images, remote ones among them,
   * are never fetched); the text of a multipart/alternative is taken once.
   */
  private static String textOf(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      String html = null;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        if (isFile(body)) {
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

  /** A part that is a file: one with a name or marked as attachment, other than a text body. */
  private static boolean isFile(Part part) throws MessagingException {
    if (part.isMimeType("multipart/*")) {
      return false;
    }
    return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
  }

  /**
   * The files of the message, in order, read only when stored. Names are decoded by the library:
   * RFC 2231 parameters as it reads them, and the RFC 2047 words some mail programs put in a name
   * (which it leaves as written unless mail.mime.decodefilename is set server-wide).
   */
  private static void filesOf(Part part, List<AttachmentUpload> files)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        filesOf(multipart.getBodyPart(i), files);
      }
    } else if (isFile(part)) {
      String name = part.getFileName();
      name = name == null ? "" : HeaderText.oneLine(MimeUtility.decodeText(name));
      if (name.isBlank()) {
        name = "anexo-" + (files.size() + 1);
      }
      files.add(
          new AttachmentUpload(
              name,
              -1,
              () -> {
                try {
                  return part.getInputStream();
                } catch (MessagingException e) {
                  throw new IOException(e);
                }
              }));
    }
  }

  /** Drops the lines a mail client quotes from the email being answered ("> ..."). */
  static String withoutQuotes(String text) {
    return text.lines()
        .filter(line -> !line.stripLeading().startsWith(">"))
        .collect(Collectors.joining("\n"))
        .strip();
  }

  private static String rawHeaders(MimeMessage message) throws MessagingException {
    StringBuilder headers = new StringBuilder();
    var lines = message.getAllHeaderLines();
    while (lines.hasMoreElements()) {
      headers.append(lines.nextElement()).append('\n');
    }
    return headers.toString();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static String sha256(String text) {
    return SecretTokens.sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
