package br.com.atende.customfield.model;

/** What a custom field holds, which decides its input, its validation and its column. */
public enum FieldType {
  TEXT,
  LONG_TEXT,
  INTEGER,
  DECIMAL,
  DATE,
  BOOLEAN,
  SINGLE_CHOICE,
  MULTIPLE_CHOICE,
  PARTY,
  AGENT;

  /** Whether the field's value is one of its options. */
  public boolean isChoice() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }

  /** Whether the value points at another row (an option, a party, an agent) by id. */
  public boolean isReference() {
    return this == SINGLE_CHOICE || this == PARTY || this == AGENT;
  }

  /** Whether the queue may filter by it: every type but the long text, which is not indexed. */
  public boolean isFilterable() {
    return this != LONG_TEXT;
  }
}
