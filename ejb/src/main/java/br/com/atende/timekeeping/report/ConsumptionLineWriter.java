package br.com.atende.timekeeping.report;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds a chunk's sums to the report's lines (one per client and charge, created on first sight) and
 * moves the report's position past the chunk's last entry, all in the chunk's transaction: either
 * the chunk is in the lines and the position is after it, or neither, so a job restarted after a
 * failure or a kill resumes exactly after what was summed. The report's version guards against two
 * executions of one report writing at once.
 */
@Named
@Dependent
public class ConsumptionLineWriter extends AbstractItemWriter {

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "reportId")
  private String reportId;

  @Override
  public void writeItems(List<Object> items) {
    ConsumptionTally tally = ConsumptionTally.of(items);
    if (tally.entries() == 0) {
      return;
    }
    long report = Long.parseLong(reportId);
    List<LineSums> sums = tally.lines();
    Set<Long> parties = sums.stream().map(LineSums::partyId).collect(Collectors.toSet());
    Map<String, ConsumptionLine> existing = new HashMap<>();
    em.createQuery(
            "SELECT l FROM ConsumptionLine l WHERE l.reportId = :report AND l.partyId IN :parties",
            ConsumptionLine.class)
        .setParameter("report", report)
        .setParameter("parties", parties)
        .getResultList()
        .forEach(line -> existing.put(line.getPartyId() + "/" + line.getChargeKey(), line));
    for (LineSums line : sums) {
      ConsumptionLine stored = existing.get(line.partyId() + "/" + line.chargeKey());
      if (stored == null) {
        em.persist(new ConsumptionLine(report, line));
      } else {
        stored.add(line);
      }
    }
    em.find(ConsumptionReport.class, report).advancedTo(tally.last(), tally.entries());
  }
}
