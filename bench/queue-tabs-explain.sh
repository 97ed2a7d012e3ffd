#!/usr/bin/env bash
# EXPLAIN ANALYZE of the queue tabs' queries (QueueService) on PostgreSQL, as the demo agent ana (id 1, department 1).
# Usage: bench/queue-tabs-explain.sh DATABASE [fill]   -- "fill" first adds a million synthetic cases (ids from 1000001)
# to a database migrated by Atende (e.g. the one ./test.sh left behind); never run it against real data.
set -euo pipefail
db=${1:?database}
cd "$(dirname "$0")/.."
# shellcheck source=scripts/machine.sh
source scripts/machine.sh
start_postgresql
sql() { PGOPTIONS='-c jit=off' psql -h 127.0.0.1 -p "$pg_port" -U "${PGUSER:-atende_test}" -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "${2:-}" = fill ]; then
  sql <<'SQL'
WITH a AS (SELECT array_agg(id ORDER BY id) ids, count(*) n FROM agent WHERE company_id = 1)
INSERT INTO support_case (id, company_id, case_number, subject, request, priority, status, access_level, party_id,
  department_id, opener_id, holder_id, opened_at, first_contact_at, awaiting_agent)
SELECT 1000000 + i, 1, 'X' || i, 'Assunto ' || i, 'Pedido', 'NORMAL',
  CASE WHEN i % 10 = 0 THEN 'NEW' WHEN i % 10 < 4 THEN 'IN_PROGRESS' WHEN i % 10 = 4 THEN 'SCHEDULED' ELSE 'CONFIRMED' END,
  i % 3, (SELECT min(id) FROM party), (SELECT array_agg(id ORDER BY id) FROM department)[1 + i % 4], a.ids[1],
  CASE WHEN i % 10 = 0 THEN NULL ELSE a.ids[1 + (i / 10) % a.n] END,
  timestamp '2020-01-01' + (i || ' minutes')::interval,
  CASE WHEN i % 10 <> 0 AND i % 3 <> 0 THEN timestamp '2020-01-01' + (i || ' minutes')::interval END,
  (i % 17 = 0 AND i % 10 <> 0)
FROM generate_series(1, 1000000) i, a;
ANALYZE support_case;
SQL
fi
groups=$(sql -c "SELECT COALESCE(string_agg(group_id::text, ','), '-1') FROM agent_group_member WHERE agent_id = 1")
open="c.status IN ('NEW','IN_PROGRESS','SCHEDULED','WAITING_THIRD_PARTY','PAUSED','PENDING','SOLVED') AND (c.access_level <= 1 OR c.holder_id = 1)"
declare -A tab
tab[NEW]="c.holder_id IS NULL AND ((c.holding_group_id IS NULL AND c.department_id = 1) OR c.holding_group_id IN ($groups))"
tab[MINE_NEW]="c.holder_id = 1 AND c.first_contact_at IS NULL AND c.awaiting_agent = false"
tab[MINE_ANSWERED]="c.holder_id = 1 AND c.awaiting_agent = true"
tab[MINE_OPEN]="c.holder_id = 1 AND c.first_contact_at IS NOT NULL AND c.awaiting_agent = false"
tab[TEAM_OPEN]="c.department_id = 1 AND c.holder_id IS NOT NULL AND c.first_contact_at IS NOT NULL AND c.awaiting_agent = false"
tab[TEAM_AWAITING]="c.department_id = 1 AND c.holder_id IS NOT NULL AND (c.first_contact_at IS NULL OR c.awaiting_agent = true)"
for t in NEW MINE_NEW MINE_ANSWERED MINE_OPEN TEAM_OPEN TEAM_AWAITING; do
  echo "== $t: first page =="
  sql -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT c.id, c.case_number, c.subject, p.name, h.name FROM support_case c JOIN party p ON p.id = c.party_id LEFT JOIN agent h ON h.id = c.holder_id WHERE $open AND ${tab[$t]} ORDER BY c.opened_at DESC, c.id DESC LIMIT 20"
  echo "== $t: count (ids up to 1001) =="
  sql -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT c.id FROM support_case c WHERE $open AND ${tab[$t]} LIMIT 1001"
done
