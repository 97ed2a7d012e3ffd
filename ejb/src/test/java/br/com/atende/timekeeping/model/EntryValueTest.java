package br.com.atende.timekeeping.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EntryValueTest {

  private static final Pricing HOURLY_120 = Pricing.of(RateBasis.HOURLY, "120.00");

  private static EntryValue rated(Pricing pricing, long minutes, String travel) {
    return EntryValue.of(
        ValuationKind.RATED,
        pricing,
        minutes,
        travel == null ? null : new BigDecimal(travel),
        null,
        null);
  }

  @Test
  void aContractAtAnHourlyRateChargesTheMinutesWorked() {
    EntryValue value = rated(HOURLY_120, 90, null);
    assertEquals(new BigDecimal("180.00"), value.value());
    assertEquals(new BigDecimal("0.00"), value.loss());
  }

  @Test
  void aContractPerCallChargesTheCallWhateverItsLength() {
    Pricing perCall = Pricing.of(RateBasis.PER_CALL, "75.50");
    assertEquals(new BigDecimal("75.50"), rated(perCall, 5, null).value());
    assertEquals(new BigDecimal("75.50"), rated(perCall, 300, null).value());
  }

  @Test
  void aStandaloneServiceChargesItsOwnRatePlusTravelPerKilometre() {
    Pricing service = Pricing.of(RateBasis.HOURLY, "90.00").withTravel(TravelBasis.PER_KM, "1.35");
    // 40 minutes at 90.00/h = 60.00; 37 km at 1.35 = 49.95.
    assertEquals(new BigDecimal("109.95"), rated(service, 40, "37").value());
  }

  @Test
  void travelPerTripChargesEachTrip() {
    Pricing contract =
        Pricing.of(RateBasis.PER_CALL, "100.00").withTravel(TravelBasis.PER_TRIP, "45.00");
    assertEquals(new BigDecimal("190.00"), rated(contract, 60, "2").value());
  }

  @Test
  void travelWithoutATravelRateIsRefused() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> rated(HOURLY_120, 60, "1"));
    assertEquals("travel", refused.field());
  }

  @Test
  void aWarrantyEntryIsWorthNothingAndItsWouldBeValueIsALoss() {
    EntryValue value = EntryValue.of(ValuationKind.WARRANTY, HOURLY_120, 30, null, null, null);
    assertEquals(new BigDecimal("0.00"), value.value());
    assertEquals(new BigDecimal("60.00"), value.loss());
  }

  @Test
  void aManualValueWithAReasonIsTakenAsTyped() {
    EntryValue value =
        EntryValue.of(
            ValuationKind.MANUAL, null, 45, null, new BigDecimal("250"), "Acerto no local");
    assertEquals(new BigDecimal("250.00"), value.value());
    assertEquals(new BigDecimal("0.00"), value.loss());
  }

  @Test
  void aManualValueWithoutAReasonIsRefusedNamingTheReason() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                EntryValue.of(
                    ValuationKind.MANUAL, HOURLY_120, 45, null, new BigDecimal("250"), "  "));
    assertEquals("manualReason", refused.field());
  }

  @Test
  void aManualEntryWithoutAValueIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> EntryValue.of(ValuationKind.MANUAL, null, 45, null, null, "Acerto"));
    assertEquals("manualValue", refused.field());
  }

  @Test
  void halfACentIsRoundedToTheEvenCentOnceAtTheEndOfTheEntry() {
    // 30 minutes at 100.05/h = 50.025 -> 50.02 (2 is even); at 100.15/h = 50.075 -> 50.08.
    assertEquals(
        new BigDecimal("50.02"), rated(Pricing.of(RateBasis.HOURLY, "100.05"), 30, null).value());
    assertEquals(
        new BigDecimal("50.08"), rated(Pricing.of(RateBasis.HOURLY, "100.15"), 30, null).value());
  }

  @Test
  void theWorkIsNotRoundedBeforeTheTravelIsAdded() {
    // 20 minutes at 100.00/h = 33.3333...; 1.5 km at 0.01 = 0.015; exact sum 33.3483... -> 33.35.
    // Rounding the work first would give 33.33 + 0.015 = 33.345 -> 33.34.
    Pricing pricing = Pricing.of(RateBasis.HOURLY, "100.00").withTravel(TravelBasis.PER_KM, "0.01");
    assertEquals(new BigDecimal("33.35"), rated(pricing, 20, "1.5").value());
  }

  @Test
  void aRateWithMoreThanTwoDecimalsIsRefused() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Pricing.of(RateBasis.HOURLY, "10.005"));
    assertEquals("rate", refused.field());
  }

  @Test
  void anEntryOfADeskWithoutValuationHasNoValue() {
    assertNull(EntryValue.NONE.value());
  }
}
