package br.com.atende.cases.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What an administrator fills in for a contact channel (tipo do contato).
 *
 * @param code the key cases store, upper-case letters, digits and underscores; fixed once given
 * @param sortOrder the channel's place in the opening form's picker
 */
public record ContactChannelForm(
    @NotBlank(message = "{error.required}")
        @Pattern(regexp = "\\s*[A-Za-z0-9_]{1,30}\\s*", message = "{error.catalogue.code}")
        String code,
    @NotBlank(message = "{error.required}") @Size(max = 80, message = "{error.tooLong}")
        String namePt,
    @NotBlank(message = "{error.required}") @Size(max = 80, message = "{error.tooLong}")
        String nameEn,
    @Min(value = 0, message = "{error.channel.order}")
        @Max(value = 9999, message = "{error.channel.order}")
        int sortOrder)
    implements Serializable {}
