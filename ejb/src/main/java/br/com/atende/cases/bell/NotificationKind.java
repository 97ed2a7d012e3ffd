package br.com.atende.cases.bell;

/** What a notification tells of a case; the bell's panel words each from the bundle. */
public enum NotificationKind {
  /** The case was forwarded, returned, transferred or assigned to the agent, or to its group. */
  HANDED_OVER,
  /** The client replied on a case the agent holds. */
  CLIENT_REPLY,
  /** Someone wrote on an escalation child of a case the agent holds. */
  ESCALATION_REPLY,
  /** An escalation child of a case the agent holds was concluded (or cancelled). */
  ESCALATION_CONCLUDED,
  /** Someone wrote {@code @login} of the agent in a note. */
  MENTION
}
