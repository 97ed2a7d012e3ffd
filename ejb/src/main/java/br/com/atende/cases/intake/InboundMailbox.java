package br.com.atende.cases.intake;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the support mailbox over IMAP: every message not yet flagged \Seen is imported (each in its
 * own transaction, see {@link InboundImporter}) and then flagged \Seen. A message whose import
 * failed is left unseen for the next round; one imported but whose flag was lost is recognized by
 * its Message-ID and only flagged.
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
    Properties properties = new Properties();
    properties.put("mail.imap.connectiontimeout", "10000");
    properties.put("mail.imap.timeout", "30000");
    Session session = Session.getInstance(properties);
    try (Store store = session.getStore("imap")) {
      store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
      Folder folder = store.getFolder(mailbox.folder());
      folder.open(Folder.READ_WRITE);
      try {
        for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
          try {
            InboundImporter.Outcome outcome =
                importer.importOne(InboundEmail.of((MimeMessage) message), defaults);
            outcomes.merge(outcome, 1, Integer::sum);
            message.setFlag(Flags.Flag.SEEN, true);
          } catch (MessagingException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Email not imported, left for the next round", e);
            // Reading the content flagged it \Seen; unflag it so the next round tries again.
            message.setFlag(Flags.Flag.SEEN, false);
          }
        }
      } finally {
        folder.close(false);
      }
    }
    return outcomes;
  }
}
