package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.organization.model.AgentGroup;
import br.com.atende.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** Whose hands a case is in, and the forwarding rules that depend on them alone (SPEC C5). */
class CustodyTest {

  private final PartsFixture f = new PartsFixture();

  @Test
  void anUnheldCaseWaitsForTheAgentsOfItsDepartment() {
    Custody nobody = Custody.of(null);

    assertTrue(nobody.waitsFor(f.bruno, f.support));
    assertFalse(nobody.waitsFor(f.diego, f.support));
    assertFalse(nobody.isHeld());
  }

  @Test
  void aCaseAGroupHoldsWaitsForItsMembersWhateverTheirDepartment() {
    Custody custody = Custody.of(f.ana);
    custody.handTo(new AgentGroup(f.support, "Visitas").with(f.diego));

    assertTrue(custody.waitsFor(f.diego, f.support));
    assertFalse(custody.waitsFor(f.bruno, f.support));
    assertNull(custody.getHolder());
  }

  @Test
  void aCaseIsInTheHandsOfItsHolderOfWhoItWaitsForAndOfTheDepartmentsSupervisor() {
    Custody held = Custody.of(f.bruno);

    assertTrue(held.inHandsOf(f.bruno, f.support));
    assertTrue(held.inHandsOf(f.carla, f.support));
    assertFalse(held.inHandsOf(f.ana, f.support));
    assertFalse(held.inHandsOf(f.carla, f.billing));
  }

  @Test
  void onlyTheHolderAMemberOfTheHoldingGroupOrTheDepartmentsSupervisorWritesToACase() {
    Custody held = Custody.of(f.bruno);
    Custody ofGroup = Custody.of(null);
    ofGroup.handTo(new AgentGroup(f.support, "Visitas").with(f.diego));
    Custody unheld = Custody.of(null);

    assertTrue(held.writableBy(f.bruno, f.support));
    assertTrue(held.writableBy(f.carla, f.support));
    assertFalse(held.writableBy(f.ana, f.support), "seeing a case is not enough");
    assertFalse(held.writableBy(f.carla, f.billing), "another department's supervisor");
    assertTrue(ofGroup.writableBy(f.diego, f.support));
    assertFalse(ofGroup.writableBy(f.ana, f.support));
    assertTrue(unheld.writableBy(f.ana, f.support), "its department's queue holds it");
    assertFalse(unheld.writableBy(f.diego, f.support), "another department's agent");
    assertTrue(unheld.writableBy(f.carla, f.support));
  }

  @Test
  void forwardingNeedsThePermissionAndTheCaseInHand() {
    Custody held = Custody.of(f.ana);

    assertEquals(
        "error.forward.notPermitted",
        assertThrows(BusinessException.class, () -> held.checkMayForward(f.bruno, f.support))
            .messageKey());
    assertEquals(
        "error.forward.notHolder",
        assertThrows(BusinessException.class, () -> held.checkMayForward(f.diego, f.support))
            .messageKey());
    held.checkMayForward(f.ana, f.support);
  }

  @Test
  void aReturnGoesToWhoLastForwardedOnlyFromTheHoldersHands() {
    Custody custody = Custody.of(f.ana);
    custody.returnsTo(f.ana);
    custody.handTo(f.bruno);

    assertSame(f.ana, custody.returnedBy(f.bruno));
    assertEquals(
        "error.return.notHolder",
        assertThrows(BusinessException.class, () -> custody.returnedBy(f.carla)).messageKey());
    custody.handTo(f.ana);
    assertEquals(
        "error.return.nobody",
        assertThrows(BusinessException.class, () -> custody.returnedBy(f.ana)).messageKey());
  }

  @Test
  void onlyAnUnheldCaseThatWaitsForTheAgentIsLinked() {
    assertEquals(
        "error.link.held",
        assertThrows(
                BusinessException.class, () -> Custody.of(f.ana).checkMayLink(f.bruno, f.support))
            .messageKey());
    assertEquals(
        "error.link.notYourQueue",
        assertThrows(
                BusinessException.class, () -> Custody.of(null).checkMayLink(f.diego, f.support))
            .messageKey());
    Custody.of(null).checkMayLink(f.bruno, f.support);
  }
}
