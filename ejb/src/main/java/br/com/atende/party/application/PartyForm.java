package br.com.atende.party.application;

import br.com.atende.party.model.PartyKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What an agent fills in for a party, on the party page or in the opening form's "add a client"
 * dialog. The tax id is checked by {@link PartyRegistry} (check digits, not taken).
 *
 * @param taxId a CPF or CNPJ as typed, with or without punctuation; optional
 * @param language {@code pt-BR} or {@code en}: the language of the party's emails
 */
public record PartyForm(
    @NotNull(message = "{error.required}") PartyKind kind,
    @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.tooLong}")
        String name,
    @Size(max = 20, message = "{error.taxId.invalid}") String taxId,
    @Size(max = 40, message = "{error.tooLong}") String phone,
    @Size(max = 254, message = "{error.tooLong}") @Email(message = "{error.email.invalid}")
        String email,
    @NotNull(message = "{error.required}")
        @Pattern(regexp = "pt-BR|en", message = "{error.agent.language}")
        String language)
    implements Serializable {

  /** A new party's form: a customer reading Portuguese, the rest empty. */
  public static PartyForm blank() {
    return new PartyForm(PartyKind.CUSTOMER_SUPPLIER, null, null, null, null, "pt-BR");
  }
}
