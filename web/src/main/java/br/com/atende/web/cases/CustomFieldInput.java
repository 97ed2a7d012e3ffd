package br.com.atende.web.cases;

import br.com.atende.customfield.application.CustomFieldEntry;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the agent types into one custom field of the case page, in the input its type needs, and the
 * raw value the service reads back by the same type.
 */
public class CustomFieldInput implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A party is offered as "Name (#id)": the id is what is saved. */
  private static final Pattern PARTY_ID = Pattern.compile("\\(#(\\d+)\\)\\s*$");

  private final CustomFieldEntry entry;
  private String text;
  private BigDecimal number;
  private LocalDate date;
  private boolean flag;
  private String choice;
  private List<String> options;
  private String party;
  private String agent;

  public CustomFieldInput(CustomFieldEntry entry) {
    this.entry = entry;
    this.text = entry.text();
    this.number = entry.number();
    this.date = entry.date();
    this.flag = Boolean.TRUE.equals(entry.flag());
    String ref = entry.ref() == null ? null : entry.ref().toString();
    this.choice = ref;
    this.agent = ref;
    this.party = entry.ref() == null ? null : partyLabel(entry.refName(), entry.ref());
    this.options = new ArrayList<>();
    entry.optionIds().forEach(id -> options.add(id.toString()));
  }

  static String partyLabel(String name, long id) {
    return name + " (#" + id + ")";
  }

  /** The value as the service reads it: by type; blank clears the field. */
  public String raw() {
    switch (entry.type()) {
      case TEXT:
      case LONG_TEXT:
        return text;
      case INTEGER:
        return number == null ? null : number.toBigInteger().toString();
      case DECIMAL:
        return number == null ? null : number.toPlainString();
      case DATE:
        return date == null ? null : date.toString();
      case BOOLEAN:
        return Boolean.toString(flag);
      case SINGLE_CHOICE:
        return choice;
      case MULTIPLE_CHOICE:
        return options == null ? null : String.join(",", options);
      case PARTY:
        if (party == null || party.isBlank()) {
          return null;
        }
        Matcher id = PARTY_ID.matcher(party);
        return id.find() ? id.group(1) : party;
      default:
        return agent;
    }
  }

  public CustomFieldEntry getEntry() {
    return entry;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public BigDecimal getNumber() {
    return number;
  }

  public void setNumber(BigDecimal number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public boolean isFlag() {
    return flag;
  }

  public void setFlag(boolean flag) {
    this.flag = flag;
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public List<String> getOptions() {
    return options;
  }

  public void setOptions(List<String> options) {
    this.options = options;
  }

  public String getParty() {
    return party;
  }

  public void setParty(String party) {
    this.party = party;
  }

  public String getAgent() {
    return agent;
  }

  public void setAgent(String agent) {
    this.agent = agent;
  }
}
