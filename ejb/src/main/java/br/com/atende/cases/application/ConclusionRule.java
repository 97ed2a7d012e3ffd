package br.com.atende.cases.application;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseStatus;

/**
 * A rule of another business area that may refuse concluding a case (such as a desk's "a time entry
 * before concluding", SPEC C3): the status service asks every one found, within its transaction, so
 * that the case area needs not know the areas that add such rules.
 */
public interface ConclusionRule {

  /** Throws a {@code BusinessException} naming the rule when the case may not move to target. */
  void check(Case supportCase, CaseStatus target);
}
