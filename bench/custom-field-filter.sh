#!/usr/bin/env bash
# Benchmark of the queue filtered by one custom field (SPEC C7, issue 6) over the cases bench/run.sh generated
# (default 1,000,000, database atende_bench, migrated to V12 by run.sh's server start). Run bench/run.sh first.
# Gives every case a DATE value (its opening day) in a "Data da compra" field of ACME's first case type, then
# prints the EXPLAIN ANALYZE plans of the queries the queue runs with the filter "Data da compra = <day>": the
# count and the first page (20 rows), for ana (clearance 1, department Suporte), exactly as CaseService builds
# them (the filter is "c.id IN (SELECT case_id FROM custom_field_value WHERE field_id = ? AND date_value = ?)").
#   bench/custom-field-filter.sh [day]     e.g. bench/custom-field-filter.sh 2026-01-15
# Leaves the field and its values in place, so later runs skip the fill.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/machine.sh
source scripts/machine.sh
start_postgresql
sql() { PGOPTIONS='-c jit=off' PGPASSWORD=atende_bench psql -h 127.0.0.1 -p "$pg_port" -U atende_bench -d atende_bench -v ON_ERROR_STOP=1 -qAt "$@"; }

[ "$(sql -c "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '12'")" = "1" ] ||
  { echo "atende_bench is not at V12: run bench/run.sh with this build first" >&2; exit 1; }
ana=$(sql -c "SELECT id FROM agent WHERE login = 'ana'")
department=$(sql -c "SELECT department_id FROM agent WHERE login = 'ana'")
company=$(sql -c "SELECT company_id FROM agent WHERE login = 'ana'")
type=$(sql -c "SELECT MIN(id) FROM case_type WHERE company_id = $company")
field=$(sql -c "SELECT id FROM custom_field WHERE case_type_id = $type AND name = 'Data da compra (bench)'")
if [ -z "$field" ]; then
  field=$(sql -c "SELECT nextval('custom_field_seq')")
  sql -c "INSERT INTO custom_field (id, case_type_id, name, field_type, sort_order, active, required)
          VALUES ($field, $type, 'Data da compra (bench)', 'DATE', 99, FALSE, FALSE)"
fi
started=$(date +%s)
sql -c "INSERT INTO custom_field_value (case_id, field_id, date_value)
        SELECT c.id, $field, CAST(c.opened_at AS DATE) FROM support_case c
        WHERE NOT EXISTS (SELECT 1 FROM custom_field_value v WHERE v.case_id = c.id AND v.field_id = $field)"
echo "Values filled in $(( $(date +%s) - started )) s: $(sql -c "SELECT COUNT(*) FROM custom_field_value WHERE field_id = $field")"
sql -c "VACUUM ANALYZE custom_field_value"
day="${1:-$(sql -c "SELECT date_value FROM custom_field_value WHERE field_id = $field GROUP BY date_value ORDER BY COUNT(*) DESC LIMIT 1")}"
echo "Filtering by day $day: $(sql -c "SELECT COUNT(*) FROM custom_field_value WHERE field_id = $field AND date_value = DATE '$day'") cases hold it"

filter="c.id IN (SELECT v.case_id FROM custom_field_value v WHERE v.field_id = $field AND v.date_value = DATE '$day')"
queue="c.department_id = $department AND (c.access_level <= 1 OR c.holder_id = $ana)"
echo; echo "== Filtered queue, count =="
sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(c.id) FROM support_case c WHERE $queue AND $filter"
echo; echo "== Filtered queue, first page (20 rows) =="
sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT c.id, c.case_number, c.subject, p.name, c.priority, c.status, h.name,
  c.opened_at, c.due_date, c.overdue FROM support_case c JOIN party p ON p.id = c.party_id
  LEFT JOIN agent h ON h.id = c.holder_id WHERE $queue AND $filter ORDER BY c.opened_at DESC, c.id DESC LIMIT 20"
