package br.com.atende.timekeeping.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import br.com.atende.timekeeping.model.TravelBasis;
import br.com.atende.timekeeping.model.ValuationKind;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A chunk's entries summed per client and charge: exact to the cent, warranty counted as loss, the
 * travel at its rate, and the position of the chunk's last entry remembered for the checkpoint.
 */
class ConsumptionTallyTest {

  private static final LocalDateTime NINE = LocalDateTime.of(2031, 3, 3, 9, 0);

  @Test
  void entriesOfOneClientAndChargeAddUpToOneLineExactlyToTheCent() {
    ConsumptionTally tally =
        new ConsumptionTally()
            .add(rated(1, NINE, 10L, 5L, 30, "10.01"))
            .add(rated(2, NINE.plusHours(1), 10L, 5L, 45, "20.02"))
            .add(rated(3, NINE.plusHours(2), 10L, 5L, 15, "0.07"));

    LineSums line = tally.lines().get(0);
    assertEquals(1, tally.lines().size());
    assertEquals(3, line.entries());
    assertEquals(90, line.minutes());
    assertEquals(new BigDecimal("30.10"), line.value());
    assertEquals(new BigDecimal("0.00"), line.loss());
    assertEquals(3, tally.entries());
  }

  @Test
  void eachClientAndChargeHasItsOwnLine() {
    ConsumptionTally tally =
        new ConsumptionTally()
            .add(rated(1, NINE, 10L, 5L, 30, "1.00"))
            .add(rated(2, NINE, 10L, null, 30, "2.00"))
            .add(rated(3, NINE, 11L, 5L, 30, "4.00"))
            .add(
                ConsumptionItem.of(
                    4,
                    NINE,
                    11L,
                    null,
                    7L,
                    30,
                    ValuationKind.RATED,
                    new BigDecimal("8.00"),
                    new BigDecimal("0.00"),
                    null,
                    null,
                    null));

    Map<String, BigDecimal> values =
        tally.lines().stream()
            .collect(Collectors.toMap(l -> l.partyId() + "/" + l.chargeKey(), LineSums::value));
    assertEquals(
        Map.of(
            "10/C5", new BigDecimal("1.00"),
            "10/N", new BigDecimal("2.00"),
            "11/C5", new BigDecimal("4.00"),
            "11/S7", new BigDecimal("8.00")),
        values);
  }

  @Test
  void aWarrantyEntryIsWorthNothingAndItsWouldBeValueIsALoss() {
    ConsumptionItem warranty =
        ConsumptionItem.of(
            1,
            NINE,
            10L,
            5L,
            null,
            60,
            ValuationKind.WARRANTY,
            new BigDecimal("0.00"),
            new BigDecimal("150.00"),
            null,
            null,
            null);

    LineSums line = new ConsumptionTally().add(warranty).lines().get(0);
    assertEquals(new BigDecimal("0.00"), line.value());
    assertEquals(new BigDecimal("150.00"), line.loss());
  }

  @Test
  void travelIsSummedWithItsValueAtTheRateRoundedHalfEvenPerEntry() {
    // 2.5 km at 0.25 = 0.625 -> 0.62 (half-even); twice -> 1.24, not 1.25.
    ConsumptionItem drive =
        ConsumptionItem.of(
            1,
            NINE,
            10L,
            5L,
            null,
            60,
            ValuationKind.RATED,
            new BigDecimal("100.62"),
            new BigDecimal("0.00"),
            new BigDecimal("2.50"),
            TravelBasis.PER_KM,
            new BigDecimal("0.25"));
    ConsumptionItem again =
        ConsumptionItem.of(
            2,
            NINE.plusHours(2),
            10L,
            5L,
            null,
            60,
            ValuationKind.RATED,
            new BigDecimal("100.62"),
            new BigDecimal("0.00"),
            new BigDecimal("2.50"),
            TravelBasis.PER_KM,
            new BigDecimal("0.25"));

    LineSums line = new ConsumptionTally().add(drive).add(again).lines().get(0);
    assertEquals(new BigDecimal("5.00"), line.travel());
    assertEquals(new BigDecimal("1.24"), line.travelValue());
    assertEquals(TravelBasis.PER_KM, line.travelBasis());
  }

  @Test
  void aManualValueReplacesTheRatesSoItsTravelHasNoValueOfItsOwn() {
    ConsumptionItem manual =
        ConsumptionItem.of(
            1,
            NINE,
            10L,
            5L,
            null,
            60,
            ValuationKind.MANUAL,
            new BigDecimal("80.00"),
            new BigDecimal("0.00"),
            new BigDecimal("1.00"),
            TravelBasis.PER_TRIP,
            new BigDecimal("50.00"));

    assertEquals(new BigDecimal("1.00"), manual.travel());
    assertEquals(new BigDecimal("0.00"), manual.travelValue());
  }

  @Test
  void anUnvaluedEntryCountsItsMinutesAtZero() {
    ConsumptionItem unvalued =
        ConsumptionItem.of(1, NINE, 10L, null, null, 25, null, null, null, null, null, null);

    LineSums line = new ConsumptionTally().add(unvalued).lines().get(0);
    assertEquals("N", line.chargeKey());
    assertEquals(25, line.minutes());
    assertEquals(new BigDecimal("0.00"), line.value());
    assertEquals(new BigDecimal("0.00"), line.loss());
    assertNull(line.travelBasis());
  }

  @Test
  void theLastPositionIsTheLatestStartThenTheGreatestId() {
    ConsumptionTally tally =
        ConsumptionTally.of(
            List.of(
                rated(7, NINE, 10L, 5L, 1, "1.00"),
                rated(9, NINE.plusMinutes(5), 10L, 5L, 1, "1.00"),
                rated(8, NINE.plusMinutes(5), 11L, 5L, 1, "1.00")));

    assertEquals(new EntryPosition(NINE.plusMinutes(5), 9), tally.last());
  }

  @Test
  void anEmptyChunkHasNoPosition() {
    assertNull(new ConsumptionTally().last());
    assertEquals(0, new ConsumptionTally().entries());
  }

  private static ConsumptionItem rated(
      long id, LocalDateTime start, long party, Long contract, int minutes, String value) {
    return ConsumptionItem.of(
        id,
        start,
        party,
        contract,
        null,
        minutes,
        ValuationKind.RATED,
        new BigDecimal(value),
        new BigDecimal("0.00"),
        null,
        null,
        null);
  }
}
