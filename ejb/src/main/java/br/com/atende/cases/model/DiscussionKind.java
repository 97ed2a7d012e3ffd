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
  /** An escalation (child case) was opened from this case; the body names the child. */
  ESCALATION,
  /** This case was related to another, or generated from it; the body names the other case. */
  RELATION,
  /** A new contact from the client, appended to this case instead of opening another. */
  CLIENT_CONTACT,
  /** What the client wrote back by email (a reply to a case email), appended as received. */
  CLIENT_REPLY,
  /**
   * A chat with the client, kept whole as one entry: each message with its time and who wrote it
   * (seed 001 §1: the chat ends and is saved as a new case or appended to one).
   */
  CHAT_TRANSCRIPT,
  /** An email Atende sent about the case came back undelivered (a delivery-status bounce). */
  EMAIL_BOUNCED,
  /** Files of a client's email that were not imported (type or size refused), by name. */
  FILES_REFUSED
}
