package br.com.atende.cases.notification;

/** The parts of a case an agent may put into an "Email about this case". */
public enum CaseEmailPart {
  REQUEST,
  SOLUTION,
  SUMMARY
}
