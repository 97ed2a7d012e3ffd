-- The "Hoje" (today's work) queue tab: an agent's or a department's cases still being worked whose due date is
-- today or past, oldest due first. An agent holds every case it ever closed (most with a past due date), so a plain
-- (holder_id, due_date) index would walk that history; these partial indexes hold only the cases being worked and
-- give the tab's first page and its capped count in due-date order. The queries name the same statuses as literals
-- so that the planner can match the predicate. H2 has no partial indexes and uses ix_case_holder_status.
CREATE INDEX ix_case_holder_due_working ON support_case (holder_id, due_date, id)
    WHERE status IN ('IN_PROGRESS', 'PENDING', 'WAITING_THIRD_PARTY', 'SCHEDULED', 'PAUSED');
CREATE INDEX ix_case_department_due_working ON support_case (department_id, due_date, id)
    WHERE status IN ('IN_PROGRESS', 'PENDING', 'WAITING_THIRD_PARTY', 'SCHEDULED', 'PAUSED')
      AND holder_id IS NOT NULL;
