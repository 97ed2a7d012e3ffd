package br.com.atende.cases.model;

import br.com.atende.shared.RichText;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * A finished chat with a client (seed 001 §1): its messages in order, each with its time, who wrote
 * it and whether that was the client. Kept as one discussion entry; every value is escaped into the
 * entry's markup, so a message can carry no markup of its own.
 */
public record ChatTranscript(List<Message> messages) {

  /** The most messages one transcript keeps. */
  public static final int MAX_MESSAGES = 2000;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  /** One message of the chat. */
  public record Message(LocalDateTime at, String participant, boolean fromClient, String text) {
    public Message {
      Objects.requireNonNull(at);
      Objects.requireNonNull(participant);
      Objects.requireNonNull(text);
    }
  }

  public ChatTranscript {
    messages = List.copyOf(messages);
    if (messages.isEmpty() || messages.size() > MAX_MESSAGES) {
      throw new IllegalArgumentException("a transcript has 1 to " + MAX_MESSAGES + " messages");
    }
  }

  /** The first thing the client wrote, or the first message: the request of a case it opens. */
  public String firstClientText() {
    return messages.stream().filter(Message::fromClient).findFirst().orElse(messages.get(0)).text();
  }

  /** The transcript as the discussion shows it: one paragraph per message, values escaped. */
  public String html() {
    StringBuilder html = new StringBuilder();
    for (Message message : messages) {
      html.append("<p class=\"chat-")
          .append(message.fromClient() ? "client" : "agent")
          .append("\"><strong>[")
          .append(TIME.format(message.at()))
          .append("] ")
          .append(RichText.escape(message.participant().strip()))
          .append(":</strong> ")
          .append(RichText.escape(message.text().strip()).replace("\n", "<br>"))
          .append("</p>");
    }
    return html.toString();
  }
}
