package br.com.atende.cases.model;

/** How a case changed hands (SPEC C5), as the forwarding history records it. */
public enum ForwardingKind {
  /** Forwarded (repassado) to an agent or a group, with a reason. */
  FORWARD,
  /** Given back (repassado de volta) to who forwarded it, with a justification. */
  RETURN,
  /** Moved to another department, and maybe to one of its agents. */
  TRANSFER,
  /** Taken by an agent from its queue ("me vincular"). */
  LINK,
  /** Handed to an agent by a supervisor. */
  ASSIGN,
  /** Moved into the next step of its workflow ("avançar etapa"); the reason names the step. */
  STEP
}
