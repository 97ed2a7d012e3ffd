package br.com.atende.queue.application;

import java.io.Serializable;

/**
 * The queue's "custom field = value" filter: the field and the value as typed (a choice by its
 * option's label or id). A filter without a field filters nothing.
 */
public record CustomFieldFilter(Long fieldId, String value) implements Serializable {

  public boolean isEmpty() {
    return fieldId == null;
  }
}
