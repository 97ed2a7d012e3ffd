package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.ForwardingState;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Twenty threads, each as an agent of one department, link and forward the same few cases at once.
 * Optimistic locking lets one change of a case's version through and refuses the others as
 * concurrent changes (which the threads retry); in the end every case has exactly one holder and a
 * forwarding history that tells how it got there.
 */
@ExtendWith(ArquillianExtension.class)
class ForwardingConcurrencyIT {

  private static final int THREADS = 20;
  private static final int CASES = 5;
  private static final int OPERATIONS_PER_THREAD = 6;
  private static final int ATTEMPTS = 25;

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject ForwardingService forwarding;

  @Test
  void everyCaseEndsWithOneHolderAndAHistoryThatLeadsToIt() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    List<String> agents = new ArrayList<>();
    List<Long> agentIds = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      // Supervisors of the department: any of them may forward any case of it.
      String login =
          teams.agent(
              desk, "pt-BR", EnumSet.of(Permission.CASE_FORWARD), Role.AGENT, Role.SUPERVISOR);
      agents.add(login);
      agentIds.add(teams.agentId(login));
    }
    List<Long> caseIds = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      caseIds.add(
          openings
              .open(
                  agents.get(0),
                  "Maria Oliveira",
                  "Disputado " + i,
                  "Pedido",
                  Priority.NORMAL,
                  null,
                  false)
              .id());
    }

    AtomicInteger changes = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      String login = agents.get(thread % agents.size());
      Thread worker =
          new Thread(
              () -> {
                try {
                  start.await();
                  for (int op = 0; op < OPERATIONS_PER_THREAD; op++) {
                    long caseId = caseIds.get((thread + op) % CASES);
                    long target = agentIds.get((thread + op + 1) % agentIds.size());
                    if (change(login, caseId, target, conflicts)) {
                      changes.incrementAndGet();
                    }
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              },
              "forwarding-" + thread);
      threads.add(worker);
      worker.start();
    }
    start.countDown();
    for (Thread worker : threads) {
      worker.join(TimeUnit.MINUTES.toMillis(3));
    }

    assertTrue(failures.isEmpty(), () -> "unexpected failures: " + failures);
    int rows = 0;
    for (long caseId : caseIds) {
      Long holder = teams.holderOf(caseId);
      assertNotNull(holder, "case " + caseId + " has a holder");
      assertNull(teams.holdingGroupOf(caseId));
      assertTrue(agentIds.contains(holder));
      List<Long[]> chain = teams.forwardingChain(caseId);
      assertTrue(!chain.isEmpty());
      assertNull(chain.get(0)[0], "the first change is a link of the unheld case");
      for (int i = 1; i < chain.size(); i++) {
        assertEquals(
            chain.get(i - 1)[1], chain.get(i)[0], "each change starts where the last ended");
      }
      assertEquals(holder, chain.get(chain.size() - 1)[1], "the last change names the holder");
      assertEquals(chain.size(), teams.discussionEntries(caseId, "FORWARD"));
      rows += chain.size();
    }
    assertEquals(changes.get(), rows, "one history row per change that went through");
    assertTrue(conflicts.get() > 0, "the threads did race");
  }

  /**
   * Links the case when it is unheld, else forwards it to the target; retries a concurrent change
   * with the version read anew. False when the target already holds it.
   */
  private boolean change(String login, long caseId, long target, AtomicInteger conflicts)
      throws Exception {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return acting.as(
            login,
            () -> {
              ForwardingState state = forwarding.state(caseId);
              if (state.mayLink()) {
                forwarding.link(caseId, state.version());
              } else {
                forwarding.forwardToAgent(caseId, state.version(), target, "Redistribuição");
              }
              return true;
            });
      } catch (ConcurrentChangeException e) {
        conflicts.incrementAndGet();
        Thread.sleep(Collections.min(List.of(5L * (attempt + 1), 50L)));
      } catch (BusinessException e) {
        if ("error.forward.sameHolder".equals(e.messageKey())) {
          return false;
        }
        throw e;
      }
    }
    throw new AssertionError("no change of case " + caseId + " in " + ATTEMPTS + " attempts");
  }
}
