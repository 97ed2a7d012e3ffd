package br.com.atende.cases.model;

/** What a discussion entry records (SPEC C2). */
public enum DiscussionKind {
  /** Something an agent wrote while working the case. */
  LOG,
  FORWARD,
  POSSIBLE_SOLUTION,
  EMAIL_SENT,
  STATUS_CHANGE,
  SYSTEM
}
