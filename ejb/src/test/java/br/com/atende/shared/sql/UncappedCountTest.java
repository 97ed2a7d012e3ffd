package br.com.atende.shared.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UncappedCountTest {

  private final UncappedCount uncapped = UncappedCount.overHistoryTables();

  @Test
  void aJpqlCountOfAClientsCasesAsEclipseLinkPrintsItIsUncapped() {
    assertTrue(
        uncapped.test(
            "SELECT COUNT(t0.id) FROM support_case t0, party t1"
                + " WHERE ((t0.party_id = ?) AND (t1.id = t0.party_id))"));
  }

  @Test
  void aCountOfACasesDiscussionOrForwardingHistoryIsUncapped() {
    assertTrue(
        uncapped.test("SELECT COUNT(t0.ID) FROM DISCUSSION_ENTRY t0 WHERE (t0.CASE_ID = ?)"),
        "table names compare without case");
    assertTrue(
        uncapped.test(
            "SELECT COUNT(t1.id) FROM support_case t0 INNER JOIN forwarding t1"
                + " ON (t1.case_id = t0.id) WHERE (t0.id = ?)"));
  }

  @Test
  void aLimitBesideTheCountCapsOnlyTheOneRowItReturns() {
    assertTrue(
        uncapped.test("SELECT COUNT(t0.id) FROM support_case t0 WHERE t0.status = ? LIMIT ?"));
    assertTrue(
        uncapped.test(
            "SELECT COUNT(*) FROM support_case WHERE department_id = ?"
                + " OFFSET 0 ROWS FETCH NEXT 1001 ROWS ONLY"));
  }

  @Test
  void aCountOverASubqueryWithALimitIsCapped() {
    // H2 and PostgreSQL, as Atende writes the capped counts.
    assertFalse(
        uncapped.test(
            "SELECT COUNT(*) FROM (SELECT c.id FROM support_case c WHERE c.holder_id = ?"
                + " ORDER BY c.opened_at DESC LIMIT 1001) capped"));
    assertFalse(
        uncapped.test(
            "select count(*) from ( select id from forwarding where case_id = ?1"
                + " fetch first 1001 rows only ) f"));
  }

  @Test
  void aCountOverASubqueryWithoutALimitIsUncapped() {
    assertTrue(
        uncapped.test(
            "SELECT COUNT(*) FROM (SELECT t0.ID FROM support_case t0 WHERE (t0.DEPARTMENT_ID = ?)) m"));
    assertTrue(
        uncapped.test(
            "SELECT COUNT(*) FROM party p JOIN (SELECT party_id FROM support_case) c"
                + " ON c.party_id = p.id"));
  }

  @Test
  void aCappedSubqueryInsideAnUncappedOneDoesNotCapTheOuterRows() {
    assertTrue(
        uncapped.test(
            "SELECT COUNT(*) FROM (SELECT id FROM support_case WHERE party_id = ?"
                + " UNION ALL (SELECT id FROM support_case WHERE contact_id = ? LIMIT 10)) u"));
  }

  @Test
  void aWindowCountIsUncappedEvenBesideALimit() {
    assertTrue(
        uncapped.test(
            "SELECT id, subject, COUNT(*) OVER () FROM support_case WHERE holder_id = ?"
                + " ORDER BY opened_at DESC LIMIT ? OFFSET ?"));
  }

  @Test
  void aCountInsideASelectListSubqueryIsFound() {
    assertTrue(
        uncapped.test(
            "SELECT p.name, (SELECT COUNT(*) FROM support_case c WHERE c.party_id = p.id)"
                + " FROM party p WHERE p.id = ?"));
  }

  @Test
  void aCommonTableExpressionFeedsTheCountThatReadsIt() {
    assertTrue(
        uncapped.test(
            "WITH mine AS (SELECT id FROM support_case WHERE holder_id = ?)"
                + " SELECT COUNT(*) FROM mine"));
    assertFalse(
        uncapped.test(
            "WITH mine AS (SELECT id FROM support_case WHERE holder_id = ? LIMIT 1001)"
                + " SELECT COUNT(*) FROM mine"));
  }

  @Test
  void countsOfOtherTablesAreNotThisRulesConcern() {
    assertFalse(
        uncapped.test(
            "SELECT COUNT(*) FROM custom_field WHERE case_type_id = ? AND active = TRUE"));
    assertFalse(
        uncapped.test("SELECT COUNT(t0.ID) FROM OUTBOUND_EMAIL t0 WHERE (t0.STATUS = ?)"),
        "outbound_email is not a history table");
    assertFalse(
        uncapped.test("SELECT COUNT(t0.id) FROM case_link t0 WHERE (t0.support_case_id = ?)"),
        "a column named after a table is not the table");
  }

  @Test
  void whatIsCountedFollowsTheAliasOfTheCountsArgument() {
    // EclipseLink on H2 (issue 11's case page): a case's understandings, counted with the access
    // rule applied to the one case they belong to.
    assertFalse(
        uncapped.test(
            "SELECT COUNT(t0.ID) FROM understanding t0, support_case t2, AGENT t1 WHERE"
                + " (((((t0.case_id = t2.ID) AND (t2.ID = ?)) AND (t2.company_id = ?)) AND"
                + " ((t2.access_level <= ?) OR (t2.holder_id = ?))) AND (t1.ID = t0.author_id))"));
    assertFalse(
        uncapped.test(
            "SELECT COUNT(t0.ID) FROM AGENT t3, discussion_entry t2, support_case t1, attachment t0"
                + " WHERE ((((t0.case_id = ?) AND (t1.company_id = ?)) AND ((t1.access_level <= ?)"
                + " OR (t1.holder_id = ?))) AND (((t1.ID = t0.case_id) AND"
                + " (t2.ID = t0.discussion_entry_id)) AND (t3.ID = t0.uploaded_by_id)))"),
        "attachments joined to their entries are still attachments");
    assertTrue(
        uncapped.test(
            "SELECT COUNT(t0.ID) FROM discussion_entry t0, AGENT t2, support_case t1 WHERE"
                + " ((((t0.case_id = ?) AND (t1.company_id = ?)) AND ((t1.access_level <= ?) OR"
                + " (t1.holder_id = ?))) AND ((t1.ID = t0.case_id) AND (t2.ID = t0.author_id)))"));
    assertTrue(
        uncapped.test(
            "SELECT COUNT(t0.ID) FROM {oj forwarding t0 LEFT OUTER JOIN AGENT t3 ON"
                + " (t3.ID = t0.from_agent_id) LEFT OUTER JOIN agent_group t5 ON"
                + " (t5.ID = t0.to_group_id)}, AGENT t2, support_case t1 WHERE ((((t0.case_id = ?)"
                + " AND (t1.company_id = ?)) AND ((t1.access_level <= ?) OR (t1.holder_id = ?))) AND"
                + " ((t1.ID = t0.case_id) AND (t2.ID = t0.by_agent_id)))"));
    assertFalse(
        uncapped.test(
            "SELECT COUNT(m.id) FROM (SELECT t0.ID AS id FROM support_case t0 LIMIT 1001) m,"
                + " support_case t1 WHERE t1.id = ?"),
        "an alias of a capped subquery");
  }

  @Test
  void theClientTimelineAndDepartmentQueueCountsOfIssue11AreUncapped() {
    // Exactly as EclipseLink printed them on H2 before the redesign.
    assertTrue(
        uncapped.test(
            "SELECT COUNT(t0.ID) FROM {oj support_case t0 LEFT OUTER JOIN AGENT t2 ON"
                + " (t2.ID = t0.holder_id)}, PARTY t4, support_case t3, PARTY t1 WHERE"
                + " (((((((t3.ID = ?) AND (t3.company_id = ?)) AND (t0.party_id = t4.ID)) AND"
                + " (t0.company_id = ?)) AND ((t3.access_level <= ?) OR (t3.holder_id = ?))) AND"
                + " ((t0.access_level <= ?) OR (t0.holder_id = ?))) AND ((t4.ID = t3.party_id) AND"
                + " (t1.ID = t0.party_id)))"));
    assertTrue(
        uncapped.test(
            "SELECT COUNT(ID) FROM support_case WHERE ((department_id = ?) AND"
                + " ((access_level <= ?) OR (holder_id = ?)))"));
  }

  @Test
  void eclipseLinksPostgreSqlJoinsWithoutEscapesReadTheSame() {
    // EclipseLink on PostgreSQL prints outer joins without H2's {oj ...} escape.
    assertTrue(
        uncapped.test(
            "SELECT COUNT(t0.ID) FROM support_case t0 LEFT OUTER JOIN AGENT t2 ON"
                + " (t2.ID = t0.holder_id), PARTY t4, support_case t3, PARTY t1 WHERE"
                + " (((((((t3.ID = ?) AND (t3.company_id = ?)) AND (t0.party_id = t4.ID)) AND"
                + " (t0.company_id = ?)) AND ((t3.access_level <= ?) OR (t3.holder_id = ?))) AND"
                + " ((t0.access_level <= ?) OR (t0.holder_id = ?))) AND ((t4.ID = t3.party_id) AND"
                + " (t1.ID = t0.party_id)))"));
    assertTrue(
        uncapped.test(
            "SELECT COUNT(t0.ID) FROM forwarding t0 LEFT OUTER JOIN AGENT t3 ON"
                + " (t3.ID = t0.from_agent_id) LEFT OUTER JOIN DEPARTMENT t6 ON"
                + " (t6.ID = t0.to_department_id), AGENT t2, support_case t1 WHERE"
                + " ((((t0.case_id = ?) AND (t1.company_id = ?)) AND ((t1.access_level <= ?) OR"
                + " (t1.holder_id = ?))) AND ((t1.ID = t0.case_id) AND (t2.ID = t0.by_agent_id)))"));
    assertFalse(
        uncapped.test(
            "SELECT COUNT(t0.ID) FROM status_change t0, support_case t1 WHERE ((((t0.case_id = ?)"
                + " AND (t1.company_id = ?)) AND ((t1.access_level <= ?) OR (t1.holder_id = ?))) AND"
                + " (t1.ID = t0.case_id))"),
        "a case's status changes are not a history table's rows");
  }

  @Test
  void aSubqueryThatOnlyFiltersTheCountedRowsIsNotCounted() {
    assertFalse(
        uncapped.test(
            "SELECT COUNT(t0.id) FROM attachment t0 WHERE t0.entry_id IN"
                + " (SELECT t1.id FROM discussion_entry t1 WHERE t1.case_id = ?)"));
    assertFalse(
        uncapped.test(
            "SELECT COUNT(*) FROM contact k WHERE EXISTS"
                + " (SELECT 1 FROM support_case c WHERE c.contact_id = k.id)"));
  }

  @Test
  void statementsThatDoNotCountAreNeverUncappedCounts() {
    assertFalse(uncapped.test("SELECT t0.id, t0.subject FROM support_case t0 WHERE (t0.id = ?)"));
    assertFalse(
        uncapped.test(
            "SELECT t0.id FROM support_case t0 WHERE (t0.holder_id = ?)"
                + " ORDER BY t0.opened_at DESC, t0.id DESC LIMIT ? OFFSET ?"));
    assertFalse(uncapped.test("UPDATE support_case SET awaiting_agent = ? WHERE id = ?"));
    assertFalse(
        uncapped.test("INSERT INTO forwarding (id, case_id, reason) VALUES (?, ?, 'count(')"),
        "text inside a literal is not SQL");
  }

  @Test
  void commentsAndQuotedIdentifiersDoNotHideACount() {
    assertTrue(
        uncapped.test(
            "/* queue */ SELECT COUNT(\"id\") -- all of them\n FROM \"support_case\" WHERE 1=1"));
    assertFalse(uncapped.test("SELECT id FROM support_case /* COUNT(*) */ WHERE id = ?"));
  }

  @Test
  void otherTablesCanBeWatched() {
    UncappedCount faq = UncappedCount.over(Set.of("faq_entry"));
    assertTrue(faq.test("SELECT COUNT(*) FROM faq_entry f WHERE f.active = TRUE"));
    assertFalse(faq.test("SELECT COUNT(*) FROM support_case"));
  }

  @Test
  void aListOfStatementsKeepsOnlyTheUncappedCountsInOrder() {
    List<String> statements =
        List.of(
            "SELECT COUNT(*) FROM forwarding WHERE case_id = ?",
            "SELECT id FROM forwarding WHERE case_id = ? LIMIT 20",
            "SELECT COUNT(*) FROM discussion_entry WHERE case_id = ?");
    assertEquals(List.of(statements.get(0), statements.get(2)), uncapped.in(statements));
  }
}
