package br.com.atende.faq.model;

/** Where a FAQ entry is in its review. Only APPROVED entries are searchable. */
public enum FaqStatus {
  REQUESTED,
  APPROVED,
  REJECTED
}
