package br.com.atende.party.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What an agent fills in for a contact of a party on the party page. */
public record ContactForm(
    @NotBlank(message = "{error.required}") @Size(max = 120, message = "{error.tooLong}")
        String name,
    @Size(max = 254, message = "{error.tooLong}") @Email(message = "{error.email.invalid}")
        String email,
    @Size(max = 40, message = "{error.tooLong}") String phone)
    implements Serializable {}
