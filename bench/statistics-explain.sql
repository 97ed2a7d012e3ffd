-- The statistics page's statements (StatisticsService, issue 13) as they reach PostgreSQL, for the demo supervisor
-- Carla (id 3, clearance 3) of company 1, over the period [:from, :until). Run against a copy holding the bench's
-- 1,000,000 cases. The indexes of postgresql/V73 are created inside the transaction (beside the bench's own V51
-- index, not instead of it: dropping that would lock the shared table against readers) and rolled back, so the
-- database is left as it was:
--   runuser -u postgres -- psql -d atende_bench -v from="'2026-11-01'" -v until="'2026-12-01'" -f bench/statistics-explain.sql
\timing on
BEGIN;
SET LOCAL lock_timeout = '5s';
CREATE INDEX bench_case_company_opened_stats ON support_case (company_id, opened_at)
    INCLUDE (id, status, priority, department_id, access_level, holder_id, holding_group_id, closed_at, due_date,
             overdue)
    WHERE deleted_at IS NULL;
CREATE INDEX bench_case_company_closed_stats ON support_case (company_id, closed_at)
    INCLUDE (id, department_id, access_level, holder_id) WHERE deleted_at IS NULL;
CREATE INDEX bench_discussion_first_response ON discussion_entry (created_at, case_id)
    WHERE kind = 'LOG' AND publishable = TRUE;
CREATE INDEX bench_satisfaction_rating_created ON satisfaction_rating (created_at) INCLUDE (case_id, rating);
ANALYZE support_case;
ANALYZE discussion_entry;
ANALYZE satisfaction_rating;

\echo '== by status'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.status, COUNT(c.id) FROM support_case c WHERE c.company_id = 1
  AND c.opened_at >= :from AND c.opened_at < :until AND (c.deleted_at IS NULL AND (c.access_level <= 3 OR c.holder_id = 3))
  GROUP BY c.status ORDER BY COUNT(c.id) DESC;
\echo '== by priority'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.priority, COUNT(c.id) FROM support_case c WHERE c.company_id = 1
  AND c.opened_at >= :from AND c.opened_at < :until AND (c.deleted_at IS NULL AND (c.access_level <= 3 OR c.holder_id = 3))
  GROUP BY c.priority ORDER BY COUNT(c.id) DESC;
\echo '== by department'
EXPLAIN (ANALYZE, BUFFERS) SELECT d.name, COUNT(c.id) FROM support_case c, department d WHERE c.company_id = 1
  AND c.opened_at >= :from AND c.opened_at < :until AND (c.deleted_at IS NULL AND (c.access_level <= 3 OR c.holder_id = 3))
  AND d.id = c.department_id GROUP BY d.name ORDER BY COUNT(c.id) DESC;
\echo '== opened per day'
EXPLAIN (ANALYZE, BUFFERS) SELECT CAST(c.opened_at AS DATE), COUNT(c.id) FROM support_case c WHERE c.company_id = 1
  AND c.opened_at >= :from AND c.opened_at < :until AND (c.deleted_at IS NULL AND (c.access_level <= 3 OR c.holder_id = 3))
  GROUP BY CAST(c.opened_at AS DATE);
\echo '== concluded per day'
EXPLAIN (ANALYZE, BUFFERS) SELECT CAST(c.closed_at AS DATE), COUNT(c.id) FROM support_case c WHERE c.company_id = 1
  AND c.closed_at >= :from AND c.closed_at < :until AND (c.deleted_at IS NULL AND (c.access_level <= 3 OR c.holder_id = 3))
  GROUP BY CAST(c.closed_at AS DATE);
\echo '== by group'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.holding_group_id, COUNT(*) FROM support_case c WHERE c.company_id = 1
  AND c.opened_at >= :from AND c.opened_at < :until AND (c.deleted_at IS NULL AND (c.access_level <= 3 OR c.holder_id = 3))
  GROUP BY c.holding_group_id ORDER BY CASE WHEN c.holding_group_id IS NULL THEN 0 ELSE 1 END, COUNT(*) DESC, c.holding_group_id LIMIT 11;
\echo '== by agent'
EXPLAIN (ANALYZE, BUFFERS) SELECT c.holder_id, COUNT(*) FROM support_case c WHERE c.company_id = 1
  AND c.opened_at >= :from AND c.opened_at < :until AND (c.deleted_at IS NULL AND (c.access_level <= 3 OR c.holder_id = 3))
  GROUP BY c.holder_id ORDER BY CASE WHEN c.holder_id IS NULL THEN 0 ELSE 1 END, COUNT(*) DESC, c.holder_id LIMIT 11;
\echo '== to first response'
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*), AVG(t.s), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY t.s) FROM (SELECT
  (date_part('epoch', MIN(e.created_at)) - date_part('epoch', c.opened_at)) AS s
  FROM support_case c JOIN discussion_entry e ON e.case_id = c.id WHERE e.kind = 'LOG' AND e.publishable = TRUE
  AND e.created_at >= c.opened_at AND e.created_at >= :from AND c.company_id = 1 AND c.opened_at >= :from AND c.opened_at < :until
  AND (c.deleted_at IS NULL AND (c.access_level <= 3 OR c.holder_id = 3)) GROUP BY c.id, c.opened_at) t;
\echo '== to solution'
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*), AVG(t.s), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY t.s) FROM (SELECT
  (date_part('epoch', c.closed_at) - date_part('epoch', c.opened_at)) AS s
  FROM support_case c WHERE c.company_id = 1 AND c.opened_at >= :from AND c.opened_at < :until
  AND (c.deleted_at IS NULL AND (c.access_level <= 3 OR c.holder_id = 3)) AND c.closed_at IS NOT NULL) t;
\echo '== due dates'
EXPLAIN (ANALYZE, BUFFERS) SELECT SUM(CASE WHEN c.due_date IS NOT NULL THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.overdue = TRUE THEN 1 ELSE 0 END), SUM(CASE WHEN c.closed_at > c.due_date THEN 1 ELSE 0 END),
  SUM(CASE WHEN c.closed_at <= c.due_date THEN 1 ELSE 0 END)
  FROM support_case c WHERE c.company_id = 1 AND c.opened_at >= :from AND c.opened_at < :until
  AND (c.deleted_at IS NULL AND (c.access_level <= 3 OR c.holder_id = 3));
\echo '== ratings'
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*), AVG(CAST(r.rating AS DOUBLE PRECISION)),
  SUM(CASE WHEN r.rating = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN r.rating = 2 THEN 1 ELSE 0 END),
  SUM(CASE WHEN r.rating = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN r.rating = 4 THEN 1 ELSE 0 END),
  SUM(CASE WHEN r.rating = 5 THEN 1 ELSE 0 END)
  FROM satisfaction_rating r JOIN support_case c ON c.id = r.case_id WHERE c.company_id = 1
  AND r.created_at >= :from AND r.created_at < :until AND (c.deleted_at IS NULL AND (c.access_level <= 3 OR c.holder_id = 3));
ROLLBACK;
