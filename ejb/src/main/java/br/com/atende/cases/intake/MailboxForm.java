package br.com.atende.cases.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator fills in for the inbound mailbox. A blank password keeps the one saved
 * before (the page never shows it back). Host, user and folder have no control characters or spaces
 * to smuggle into the IMAP conversation.
 */
public record MailboxForm(
    @NotBlank(message = "{error.required}")
        @Size(max = 255, message = "{error.tooLong}")
        @Pattern(regexp = "[A-Za-z0-9.:\\[\\]-]+", message = "{error.mailbox.host}")
        String imapHost,
    @NotNull(message = "{error.required}")
        @Min(value = 1, message = "{error.mailbox.port}")
        @Max(value = 65535, message = "{error.mailbox.port}")
        Integer imapPort,
    @NotBlank(message = "{error.required}")
        @Size(max = 255, message = "{error.tooLong}")
        @Pattern(regexp = "[^\\p{Cntrl}]+", message = "{error.mailbox.control}")
        String imapUser,
    @Size(max = 500, message = "{error.tooLong}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{error.mailbox.control}")
        String imapPassword,
    @NotBlank(message = "{error.required}")
        @Size(max = 255, message = "{error.tooLong}")
        @Pattern(regexp = "[^\\p{Cntrl}]+", message = "{error.mailbox.control}")
        String imapFolder,
    @NotNull(message = "{error.required}")
        @Min(value = 10, message = "{error.mailbox.pollSeconds}")
        @Max(value = 86400, message = "{error.mailbox.pollSeconds}")
        Integer imapPollSeconds,
    boolean tls) {}
