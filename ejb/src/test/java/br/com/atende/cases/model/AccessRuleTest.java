package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessRuleTest {

  private static final long VIEWER = 7L;

  @Test
  void aPublicCaseIsSeenByAnAgentWithoutClearance() {
    assertTrue(AccessRule.maySee(0, VIEWER, 0, null));
  }

  @Test
  void aCaseAtTheAgentsClearanceIsSeen() {
    assertTrue(AccessRule.maySee(2, VIEWER, 2, null));
  }

  @Test
  void aCaseAboveTheAgentsClearanceIsHiddenWhenSomeoneElseHoldsIt() {
    assertFalse(AccessRule.maySee(1, VIEWER, 2, 8L));
  }

  @Test
  void aCaseAboveTheAgentsClearanceIsHiddenWhenNobodyHoldsIt() {
    assertFalse(AccessRule.maySee(1, VIEWER, 2, null));
  }

  @Test
  void theHolderSeesTheCaseWhateverItsLevel() {
    assertTrue(AccessRule.maySee(0, VIEWER, 5, VIEWER));
  }
}
