package br.com.atende.restapi;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.cases.application.DiscussionItem;
import java.time.LocalDateTime;
import java.util.List;

/** The JSON bodies the API takes and gives, as records (JSON-B reads and writes them). */
final class Bodies {

  private Bodies() {}

  /** A case to open; with a transcript, the chat that led to it. */
  public record OpenCase(
      Long partyId,
      Long contactId,
      String subject,
      String request,
      String priority,
      String channel,
      Long caseTypeId,
      String dueDate,
      List<Message> transcript) {}

  /** A new contact from the client, appended to one of its open cases. */
  public record Contact(Long partyId, String channel, String text) {}

  /** A finished chat appended to a case. */
  public record Transcript(Long partyId, List<Message> messages) {}

  /** One message of a chat: when (ISO-8601), who, whether the client wrote it, and what. */
  public record Message(String at, String participant, Boolean fromClient, String text) {}

  /** A case as the API gives it. */
  public record CaseView(
      long id,
      String number,
      String subject,
      String request,
      String status,
      String priority,
      int accessLevel,
      long partyId,
      String partyName,
      String contactName,
      String departmentName,
      String holderName,
      String channel,
      LocalDateTime openedAt,
      LocalDateTime dueDate,
      LocalDateTime closedAt) {

    static CaseView of(CaseDetails c) {
      return new CaseView(
          c.id(),
          c.number(),
          c.subject(),
          c.request(),
          c.status().name(),
          c.priority().name(),
          c.accessLevel(),
          c.partyId(),
          c.partyName(),
          c.contactName(),
          c.departmentName(),
          c.holderName(),
          c.channelNameEn(),
          c.openedAt(),
          c.dueDate(),
          c.closedAt());
    }
  }

  /** A case as the list gives it. */
  public record CaseRow(
      long id,
      String number,
      String subject,
      String partyName,
      String priority,
      String status,
      String holderName,
      LocalDateTime openedAt,
      LocalDateTime dueDate,
      boolean overdue) {

    static CaseRow of(CaseSummary c) {
      return new CaseRow(
          c.id(),
          c.number(),
          c.subject(),
          c.partyName(),
          c.priority().name(),
          c.status().name(),
          c.holderName(),
          c.openedAt(),
          c.dueDate(),
          c.overdue());
    }
  }

  /** A page of cases and the cursor of the next one (none on the last). */
  public record CaseList(List<CaseRow> cases, String next) {}

  /** A discussion entry: its body is the sanitized markup the case page shows. */
  public record Entry(
      long id, String kind, String author, LocalDateTime createdAt, String body, boolean internal) {

    static Entry of(DiscussionItem e) {
      return new Entry(
          e.id(), e.kind().name(), e.authorName(), e.createdAt(), e.body(), e.internal());
    }
  }

  /** A slice of a case's entries, oldest first, and the cursor of the earlier ones. */
  public record Entries(List<Entry> entries, String earlier) {}
}
