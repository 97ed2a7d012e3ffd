package br.com.atende.integration.application;

import br.com.atende.cases.model.ChatTranscript;
import br.com.atende.cases.model.Priority;
import java.time.LocalDateTime;

/**
 * A case another system opens through the API, in the client's company and department. The request
 * may be left out when a chat transcript comes with it: the client's first message is then the
 * request, and the transcript is kept as the case's first entry.
 *
 * @param caseTypeId none takes the company's first case type, as the opening form does
 * @param channel a contact channel code; none is "CHAT" with a transcript, "WEB" without
 */
public record ApiOpening(
    Long partyId,
    Long contactId,
    String subject,
    String request,
    Priority priority,
    String channel,
    Long caseTypeId,
    LocalDateTime dueDate,
    ChatTranscript transcript) {}
