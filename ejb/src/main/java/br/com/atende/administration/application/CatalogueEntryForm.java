package br.com.atende.administration.application;

import br.com.atende.organization.model.Permission;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an administrator fills in for a catalogue entry of any kind. Each kind reads what applies to
 * it and ignores the rest: a company its code, a classification its access level, a profile its
 * permission flags; the owner (the company, department, case type or product) is set on creation.
 *
 * @param ownerId what the entry belongs to; none for companies and profiles
 * @param code a company's code, fixed once given
 * @param accessLevel the level a classification gives its cases, or null for none
 * @param permissions the flags a profile grants
 */
public record CatalogueEntryForm(
    Long ownerId,
    @NotBlank(message = "{error.required}") @Size(max = 120, message = "{error.tooLong}")
        String name,
    @Pattern(regexp = "\\s*[A-Za-z0-9_-]{1,20}\\s*", message = "{error.catalogue.code}")
        String code,
    @Min(value = 0, message = "{error.catalogue.level}")
        @Max(value = 3, message = "{error.catalogue.level}")
        Integer accessLevel,
    Set<Permission> permissions) {

  public CatalogueEntryForm {
    permissions =
        permissions == null || permissions.isEmpty()
            ? EnumSet.noneOf(Permission.class)
            : EnumSet.copyOf(permissions);
  }

  /** A form with only an owner and a name, what most kinds need. */
  public static CatalogueEntryForm named(Long ownerId, String name) {
    return new CatalogueEntryForm(ownerId, name, null, null, null);
  }
}
