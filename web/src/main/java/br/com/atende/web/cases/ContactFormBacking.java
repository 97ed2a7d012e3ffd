package br.com.atende.web.cases;

import java.io.Serializable;

/**
 * The contact form the party page and the case's contacts tab share: name, email and phone, filled
 * from a row to change it and emptied after. Whether the agent may change the contact is not the
 * form's to say: the contact's rules (party.model.Contact, with the case's in
 * cases.model.ContactRules) decide in the service.
 */
public abstract class ContactFormBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String email;
  private String phone;

  /** Fills the form with a contact's details, to change them. */
  protected void fill(String name, String email, String phone) {
    this.name = name;
    this.email = email;
    this.phone = phone;
  }

  /** Empties the form. */
  protected void empty() {
    fill(null, null, null);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
