package br.com.atende.cases.model;

/** What a discussion entry records (SPEC C2). */
public enum DiscussionKind {
  /** Something an agent wrote while working the case. */
  LOG,
  FORWARD,
  POSSIBLE_SOLUTION,
  EMAIL_SENT,
  STATUS_CHANGE,
  SYSTEM,
  /** What the client wrote back by email (a reply to a case email), appended as received. */
  CLIENT_REPLY
}
