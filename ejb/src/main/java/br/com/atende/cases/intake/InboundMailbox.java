package br.com.atende.cases.intake;

import br.com.atende.mail.application.MailSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the support mailbox over IMAP: every message not yet flagged \Seen is imported (each in its
 * own transaction, see {@link InboundImporter}) and then flagged \Seen. A message that cannot be
 * read (undecodable, larger than the cap) is kept aside once and flagged too, so it is never
 * retried forever; only a failure to record anything (the database away) leaves a message unseen
 * for the next round. One message's failure never stops the next.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundMailbox {

  private static final Logger LOG = Logger.getLogger(InboundMailbox.class.getName());

  @Inject private InboundImporter importer;

  /** One round over the mailbox; returns how many emails had each outcome. */
  public Map<InboundImporter.Outcome, Integer> poll(
      MailboxSettings mailbox, EmailIntake.Defaults defaults) throws MessagingException {
    Map<InboundImporter.Outcome, Integer> outcomes = new EnumMap<>(InboundImporter.Outcome.class);
    try (Store store = connect(mailbox)) {
      Folder folder = store.getFolder(mailbox.folder());
      folder.open(Folder.READ_WRITE);
      try {
        Set<String> ownAddresses = ownAddresses(mailbox);
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        // Every size in one command rather than one round trip an email (a remote server's
        // round trips, not its bandwidth, are what a round over many emails waits for).
        FetchProfile sizes = new FetchProfile();
        sizes.add(FetchProfile.Item.SIZE);
        folder.fetch(unseen, sizes);
        for (Message message : unseen) {
          InboundImporter.Outcome outcome =
              importOne((MimeMessage) message, mailbox, defaults, ownAddresses);
          if (outcome != null) {
            outcomes.merge(outcome, 1, Integer::sum);
          }
        }
      } finally {
        folder.close(false);
      }
    }
    return outcomes;
  }

  /** Logs in and out again: the administrators' "test connection". */
  public void testConnection(MailboxSettings mailbox) throws MessagingException {
    try (Store store = connect(mailbox)) {
      store.getFolder(mailbox.folder()).getMessageCount();
    }
  }

  private InboundImporter.Outcome importOne(
      MimeMessage message,
      MailboxSettings mailbox,
      EmailIntake.Defaults defaults,
      Set<String> ownAddresses) {
    String problem;
    try {
      int size = message.getSize();
      if (size > mailbox.maxMessageBytes()) {
        problem = "too large: " + size + " bytes (atende.imap.max-message-mb)";
      } else {
        // Read whole in one fetch and parsed here: walking the server's copy part by part costs
        // a round trip a header, structure and part.
        InboundImporter.Outcome outcome =
            importer.importOne(InboundEmail.of(new MimeMessage(message), ownAddresses), defaults);
        message.setFlag(Flags.Flag.SEEN, true);
        return outcome;
      }
    } catch (MessagingException | IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Email not imported, kept aside: {0}", String.valueOf(e));
      problem = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    try {
      InboundImporter.Outcome outcome =
          importer.keepAside(InboundEmail.keptAside(message, problem));
      message.setFlag(Flags.Flag.SEEN, true);
      return outcome;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Email not recorded, left for the next round: {0}", String.valueOf(e));
      unflag(message);
      return null;
    }
  }

  private static void unflag(MimeMessage message) {
    try {
      // Reading the content flagged it \Seen; unflag it so the next round tries again.
      message.setFlag(Flags.Flag.SEEN, false);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Email left flagged: {0}", e.getMessage());
    }
  }

  /** The addresses whose mail is Atende's own: never a case, whatever it says. */
  private static Set<String> ownAddresses(MailboxSettings mailbox) {
    Set<String> own = new HashSet<>();
    own.add(MailSettings.supportAddress(null).toLowerCase(Locale.ROOT));
    own.add(MailSettings.fromAddress(null).toLowerCase(Locale.ROOT));
    if (mailbox.address() != null) {
      own.add(mailbox.address().toLowerCase(Locale.ROOT));
    }
    return own;
  }

  private static Store connect(MailboxSettings mailbox) throws MessagingException {
    Properties properties = new Properties();
    for (String protocol : new String[] {"imap", "imaps"}) {
      properties.put("mail." + protocol + ".connectiontimeout", "10000");
      properties.put("mail." + protocol + ".timeout", "30000");
      // Read in pieces, never a whole huge part at once.
      properties.put("mail." + protocol + ".partialfetch", "true");
      // In 1 MB pieces: 16 KB pieces (the default) make a 30 MB file thousands of round trips.
      properties.put("mail." + protocol + ".fetchsize", "1048576");
    }
    // Headers in raw UTF-8 (RFC 6532, common today) read as UTF-8, not as Latin-1.
    properties.put("mail.mime.allowutf8", "true");
    // TLS from the first byte (IMAPS), the server's certificate checked against the JVM's trust
    // store and its name against the host.
    String protocol = mailbox.tls() ? "imaps" : "imap";
    properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    Store store = Session.getInstance(properties).getStore(protocol);
    store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
    return store;
  }
}
