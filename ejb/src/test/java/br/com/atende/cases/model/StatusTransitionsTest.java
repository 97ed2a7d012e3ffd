package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every one of the 100 pairs of states, against this table written independently of the code: a row
 * is the current status, a column the target, "x" an allowed change.
 */
class StatusTransitionsTest {

  private static final CaseStatus[] COLUMNS = {
    CaseStatus.NEW,
    CaseStatus.IN_PROGRESS,
    CaseStatus.SCHEDULED,
    CaseStatus.WAITING_THIRD_PARTY,
    CaseStatus.PAUSED,
    CaseStatus.PENDING,
    CaseStatus.SOLVED,
    CaseStatus.NOTIFIED,
    CaseStatus.CONFIRMED,
    CaseStatus.CANCELLED
  };

  private static final String[] TABLE = {
    //                    NEW INP SCH WTP PAU PEN SOL NOT CON CAN
    "NEW                  .   x   .   .   .   .   .   .   .   x",
    "IN_PROGRESS          .   .   x   x   x   x   x   x   .   x",
    "SCHEDULED            .   x   x   x   .   x   x   x   .   x",
    "WAITING_THIRD_PARTY  .   x   x   .   .   x   x   x   .   x",
    "PAUSED               .   x   .   .   .   .   .   .   .   x",
    "PENDING              .   x   x   x   .   .   x   x   .   x",
    "SOLVED               .   x   .   .   .   .   .   x   .   .",
    "NOTIFIED             .   x   .   .   .   .   .   .   x   .",
    "CONFIRMED            .   .   .   .   .   .   .   .   .   .",
    "CANCELLED            .   .   .   .   .   .   .   .   .   ."
  };

  static Stream<Arguments> everyPairOfStates() {
    List<Arguments> pairs = new ArrayList<>();
    for (String row : TABLE) {
      String[] cells = row.trim().split("\\s+");
      CaseStatus from = CaseStatus.valueOf(cells[0]);
      for (int column = 0; column < COLUMNS.length; column++) {
        pairs.add(Arguments.of(from, COLUMNS[column], cells[column + 1].equals("x")));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
  @MethodSource("everyPairOfStates")
  void aChangeIsAllowedExactlyWhenTheTableSaysSo(CaseStatus from, CaseStatus to, boolean allowed) {
    assertEquals(allowed, StatusTransitions.isAllowed(from, to));
  }

  @ParameterizedTest(name = "the table covers {0}")
  @MethodSource("everyState")
  void everyStateHasARowInTheTable(CaseStatus state) {
    assertEquals(1, Stream.of(TABLE).filter(row -> row.startsWith(state.name() + " ")).count());
  }

  static Stream<CaseStatus> everyState() {
    return Stream.of(CaseStatus.values());
  }
}
