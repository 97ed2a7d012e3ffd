package br.com.atende.timekeeping.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TimeEntryTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 18, 0);

  private final Company acme = new Company("ACME", "ACME");
  private final Department support = new Department(acme, "Suporte");
  private final Department billing = new Department(acme, "Financeiro");
  private final Agent ana = agent(support, "ana", Role.AGENT);
  private final Agent bruno = agent(support, "bruno", Role.AGENT);
  private final Agent carla = agent(support, "carla", Role.AGENT, Role.SUPERVISOR);
  private final Agent diego = agent(billing, "diego", Role.AGENT, Role.SUPERVISOR);

  private static Agent agent(Department department, String login, Role... roles) {
    return new Agent(
        department, login, login, login + "@acme.example", "x", 1, EnumSet.of(roles[0], roles));
  }

  private static WorkPeriod morning() {
    return WorkPeriod.of(LocalDate.of(2026, 12, 1), LocalTime.of(9, 0), LocalTime.of(10, 0));
  }

  @Test
  void travelIsTakenOnlyForExternalWork() {
    TimeEntry external =
        new TimeEntry(1, ana, NOW).worked(morning(), Nature.EXTERNAL, BigDecimal.TEN, "Visita");
    assertEquals(BigDecimal.TEN, external.getTravel());
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new TimeEntry(1, ana, NOW).worked(morning(), Nature.REMOTE, BigDecimal.ONE, "x"));
    assertEquals("travel", refused.field());
  }

  @Test
  void noTravelIsStoredAsNone() {
    TimeEntry entry =
        new TimeEntry(1, ana, NOW).worked(morning(), Nature.EXTERNAL, BigDecimal.ZERO, "Visita");
    assertNull(entry.getTravel());
  }

  @Test
  void anEntryNeedsADescription() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new TimeEntry(1, ana, NOW).worked(morning(), Nature.INTERNAL, null, " "));
    assertEquals("description", refused.field());
  }

  @Test
  void theAuthorAndTheAuthorsSupervisorMayChangeAnEntryAndNobodyElse() {
    TimeEntry entry = new TimeEntry(1, ana, NOW).worked(morning(), Nature.INTERNAL, null, "x");
    assertDoesNotThrow(() -> entry.requireChangeableBy(ana));
    assertDoesNotThrow(() -> entry.requireChangeableBy(carla));
    assertThrows(BusinessException.class, () -> entry.requireChangeableBy(bruno));
    assertThrows(
        BusinessException.class,
        () -> entry.requireChangeableBy(diego),
        "a supervisor of another desk");
  }

  @Test
  void aDeskThatTakesNoEntriesCannotRequireOne() {
    assertFalse(new DeskSettings(1, EntryMode.OFF, true).isEntryRequired());
  }

  @Test
  void aValuedEntryKeepsItsContractAndValue() {
    TimeEntry entry =
        new TimeEntry(1, ana, NOW)
            .worked(morning(), Nature.REMOTE, null, "x")
            .chargedAs(
                ServiceType.CONTRACT,
                7L,
                9L,
                ValuationKind.WARRANTY,
                new EntryValue(new BigDecimal("0.00"), new BigDecimal("120.00")),
                "ignored");
    assertEquals(7L, entry.getContractId());
    assertNull(entry.getStandaloneServiceId(), "only the chosen type's id is kept");
    assertNull(entry.getManualReason(), "a reason only for a manual value");
    assertEquals(new BigDecimal("120.00"), entry.getLoss());
  }
}
