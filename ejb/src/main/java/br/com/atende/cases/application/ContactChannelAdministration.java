package br.com.atende.cases.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.administration.application.AdminLog;
import br.com.atende.administration.model.AdminLogEntry.Action;
import br.com.atende.administration.model.AdminLogEntry.Kind;
import br.com.atende.cases.model.ContactChannel;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;

/**
 * Administrators keep the contact channels (tipos do contato, issue 15): a code fixed once given,
 * the names in both languages, the order of the opening form's picker. A channel is deactivated,
 * never deleted: the cases name it by its code. Here rather than in the catalogue's administration
 * because the channel is the cases' configuration, and the cases depend on administration (its
 * log), not the other way round. The log's record id is 0: a channel's key is its code, which the
 * line's detail starts with.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ContactChannelAdministration {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private AdminLog log;

  @Resource private SessionContext context;

  /** The channels, in the opening form's order. */
  public List<ContactChannelRow> page(PageRequest page) {
    return em.createQuery(
            "SELECT NEW br.com.atende.cases.application.ContactChannelRow(ch.code, ch.namePt,"
                + " ch.nameEn, ch.sortOrder, ch.active) FROM ContactChannel ch"
                + " ORDER BY ch.sortOrder, ch.code",
            ContactChannelRow.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public CappedCount count() {
    return CappedCount.count(em.createQuery("SELECT ch.code FROM ContactChannel ch", String.class));
  }

  public ContactChannelForm form(String code) {
    ContactChannel channel = find(code);
    return new ContactChannelForm(
        channel.getCode(), channel.getNamePt(), channel.getNameEn(), channel.getSortOrder());
  }

  /** Creates the channel; its code, upper-cased, must be new. */
  public String create(ContactChannelForm form) {
    requireValid(validator, form);
    String code = form.code().strip().toUpperCase(Locale.ROOT);
    if (em.find(ContactChannel.class, code) != null) {
      throw new InvalidInputException("code", "error.catalogue.codeTaken");
    }
    ContactChannel channel =
        new ContactChannel(code, form.namePt().strip(), form.nameEn().strip(), form.sortOrder());
    em.persist(channel);
    log.record(caller(), Kind.CONTACT_CHANNEL, 0, Action.CREATED, describe(channel));
    return code;
  }

  /** Changes the names and the order; the code stays. */
  public void change(String code, ContactChannelForm form) {
    requireValid(validator, form);
    ContactChannel channel = find(code);
    if (!channel.getCode().equalsIgnoreCase(form.code().strip())) {
      throw new InvalidInputException("code", "error.channel.codeFixed");
    }
    String before = describe(channel);
    channel.rename(form.namePt().strip(), form.nameEn().strip(), form.sortOrder());
    log.record(
        caller(), Kind.CONTACT_CHANNEL, 0, Action.CHANGED, before + " -> " + describe(channel));
  }

  public void deactivate(String code) {
    ContactChannel channel = find(code);
    if (channel.isActive()) {
      channel.deactivate();
      log.record(caller(), Kind.CONTACT_CHANNEL, 0, Action.DEACTIVATED, describe(channel));
    }
  }

  public void reactivate(String code) {
    ContactChannel channel = find(code);
    if (!channel.isActive()) {
      channel.reactivate();
      log.record(caller(), Kind.CONTACT_CHANNEL, 0, Action.REACTIVATED, describe(channel));
    }
  }

  private ContactChannel find(String code) {
    ContactChannel channel = code == null ? null : em.find(ContactChannel.class, code);
    if (channel == null) {
      throw new NotFoundException();
    }
    return channel;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private static String describe(ContactChannel channel) {
    return channel.getCode()
        + "; pt="
        + channel.getNamePt()
        + "; en="
        + channel.getNameEn()
        + "; order="
        + channel.getSortOrder()
        + "; active="
        + channel.isActive();
  }
}
