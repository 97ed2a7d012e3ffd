package br.com.atende.cases.notification;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * An "Email about this case" (SPEC C6).
 *
 * @param toClient also to the client (the contact's address, else the party's)
 * @param agentIds agents of the company to copy
 * @param otherAddresses more addresses typed by the agent, separated by commas, semicolons or
 *     spaces
 * @param parts which parts of the case the email carries
 * @param attachmentIds files of the case to send along
 * @param message the agent's own words, placed where the template says {message}
 */
public record SendCaseEmailCommand(
    long caseId,
    boolean toClient,
    List<Long> agentIds,
    @Size(max = 2000, message = "{error.tooLong}") String otherAddresses,
    Set<CaseEmailPart> parts,
    List<Long> attachmentIds,
    @Size(max = 10000, message = "{error.tooLong}") String message) {}
