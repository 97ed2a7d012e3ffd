package br.com.atende.web.cases;

import br.com.atende.party.application.DuplicateTaxIdException;
import br.com.atende.party.application.PartyForm;
import br.com.atende.party.model.PartyKind;
import java.io.Serializable;

/**
 * A party's fields as a form holds them, shared by the party page and the opening form's "add a
 * client" dialog, with the party a refused tax id belongs to, for the link to it.
 */
public class PartyFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private PartyKind kind = PartyKind.CUSTOMER_SUPPLIER;
  private String name;
  private String taxId;
  private String phone;
  private String email;
  private String language = "pt-BR";

  private Long duplicateOfId;
  private String duplicateOfName;

  public PartyForm form() {
    duplicateOfId = null;
    duplicateOfName = null;
    return new PartyForm(kind, name, taxId, phone, email, language);
  }

  public void fill(PartyForm form) {
    kind = form.kind();
    name = form.name();
    taxId = form.taxId();
    phone = form.phone();
    email = form.email();
    language = form.language();
  }

  public void clear() {
    fill(PartyForm.blank());
    duplicateOfId = null;
    duplicateOfName = null;
  }

  void duplicateOf(DuplicateTaxIdException e) {
    duplicateOfId = e.existingPartyId();
    duplicateOfName = e.existingPartyName();
  }

  public Long getDuplicateOfId() {
    return duplicateOfId;
  }

  public String getDuplicateOfName() {
    return duplicateOfName;
  }

  public PartyKind getKind() {
    return kind;
  }

  public void setKind(PartyKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTaxId() {
    return taxId;
  }

  public void setTaxId(String taxId) {
    this.taxId = taxId;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
