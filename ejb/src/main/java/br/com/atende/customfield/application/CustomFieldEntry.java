package br.com.atende.customfield.application;

import br.com.atende.customfield.model.FieldType;
import br.com.atende.shared.Choice;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One custom field of a case as its tab shows it: the definition, the options a choice offers, and
 * the case's current value in its typed slot ({@code refName} names the party or agent; {@code
 * display} is the value as text).
 */
public record CustomFieldEntry(
    long id,
    String name,
    FieldType type,
    String helpText,
    boolean required,
    Integer requiredAtStep,
    List<Choice> options,
    String text,
    BigDecimal number,
    LocalDate date,
    Boolean flag,
    Long ref,
    String refName,
    List<Long> optionIds,
    String display)
    implements Serializable {}
