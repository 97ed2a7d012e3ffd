#!/usr/bin/env bash
# Benchmark of the monthly consumption report (issue 12): writes 100,000 time entries (ENTRIES) in one month
# (MONTH, default 2019-01, a month no other data uses) on the cases of the largest client of the bench database,
# then runs the monthly-consumption job over that month for the client's company and prints its time and rows/s,
# and checks its lines against the month's sums by plain SQL (to the cent).
#   bench/report.sh                       (after bench/load.sh has filled atende_bench)
#   ENTRIES=100000 MONTH=2019-01 ITEM_COUNT=500 PORT_OFFSET=500 bench/report.sh
# BENCH_DB, BENCH_DB_USER and BENCH_DB_PASSWORD name another database (default atende_bench).
# Re-runnable: the month's entries written by an earlier run (description 'bench-report') are replaced.
set -euo pipefail
cd "$(dirname "$0")/.."
entries="${ENTRIES:-100000}"
month="${MONTH:-2019-01}"
item_count="${ITEM_COUNT:-500}"
db="${BENCH_DB:-atende_bench}"

./mvnw -B -q package -DskipTests

# shellcheck source=scripts/machine.sh
source scripts/machine.sh
start_postgresql
sql() { PGOPTIONS='-c jit=off' PGPASSWORD="${BENCH_DB_PASSWORD:-atende_bench}" psql -h 127.0.0.1 -p "$pg_port" \
  -U "${BENCH_DB_USER:-atende_bench}" -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
[ "$(sql -c "SELECT COUNT(*) FROM support_case")" -gt 0 ] || { echo "$db holds no case: run bench/load.sh first" >&2; exit 1; }

# --- The month's entries, on the largest client's cases, by every agent in turn (one agent's never overlap) -----
read -r party company < <(sql -F ' ' -c "SELECT party_id, company_id FROM support_case GROUP BY party_id, company_id
  ORDER BY COUNT(*) DESC LIMIT 1")
echo "Largest client: party $party (company $company), $(sql -c "SELECT COUNT(*) FROM support_case WHERE party_id = $party") cases"
start="$month-01 00:00"
sql <<SQL
DELETE FROM time_entry WHERE description = 'bench-report';
INSERT INTO service_contract (id, party_id, name, rate_basis, rate, travel_basis, travel_rate, valid_from, version)
SELECT 8000000000000, $party, 'Contrato (bench)', 'HOURLY', 150.00, 'PER_TRIP', 45.50, DATE '2000-01-01', 0
WHERE NOT EXISTS (SELECT 1 FROM service_contract WHERE id = 8000000000000);
WITH agents AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, COUNT(*) OVER () AS total FROM agent),
     cases AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n, COUNT(*) OVER () AS total
               FROM support_case WHERE party_id = $party),
     -- Each agent's entries one slot apart, the month shared out: they never overlap (touching is allowed).
     slot AS (SELECT GREATEST(1, FLOOR(EXTRACT(EPOCH FROM (DATE '$month-01' + INTERVAL '1 month')
                                         - DATE '$month-01') / 60
                                / CEIL($entries::numeric / (SELECT COUNT(*) FROM agent))))::int AS minutes),
     k AS (SELECT g AS k FROM generate_series(0, $entries - 1) g)
INSERT INTO time_entry (id, case_id, agent_id, start_at, end_at, minutes, service_type, contract_id, nature, travel,
                        valuation, entry_value, loss_value, description, created_at, version)
SELECT 8000000000000 + k.k, c.id, a.id, t.start_at, t.start_at + d.minutes * INTERVAL '1 minute', d.minutes,
       'CONTRACT', 8000000000000, CASE WHEN k.k % 3 = 0 THEN 'EXTERNAL' ELSE 'REMOTE' END,
       CASE WHEN k.k % 3 = 0 THEN 1 END,
       CASE WHEN k.k % 10 = 0 THEN 'WARRANTY' ELSE 'RATED' END,
       CASE WHEN k.k % 10 = 0 THEN 0 ELSE ((k.k * 7919) % 100000) / 100.0 END,
       CASE WHEN k.k % 10 = 0 THEN ((k.k * 7919) % 100000) / 100.0 ELSE 0 END,
       'bench-report', t.start_at, 0
FROM k
JOIN agents a ON a.n = k.k % a.total
JOIN cases c ON c.n = k.k % c.total
CROSS JOIN slot
CROSS JOIN LATERAL (SELECT TIMESTAMP '$start' + slot.minutes * (k.k / a.total) * INTERVAL '1 minute' AS start_at) t
CROSS JOIN LATERAL (SELECT GREATEST(1, LEAST(1 + k.k % 5, slot.minutes)) AS minutes) d;
ANALYZE time_entry;
SQL
in_month="te.start_at >= TIMESTAMP '$start' AND te.start_at < TIMESTAMP '$start' + INTERVAL '1 month'"
echo "Entries of company $company in $month: $(sql -c "SELECT COUNT(*) FROM time_entry te JOIN support_case c ON c.id = te.case_id WHERE c.company_id = $company AND $in_month")"

# --- A server of its own (own base directory, ports moved by PORT_OFFSET, default 500), the report row, the job ---
offset="${PORT_OFFSET:-500}"
server_home="config/target/wildfly-39.0.1.Final"
base="bench/target/report-server-base"
rm -rf "$base" && mkdir -p "$base/deployments"
cp -r "$server_home/standalone/configuration" "$base/"
cp ear/target/atende.ear "$base/deployments/"
ATENDE_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/$db" ATENDE_DB_USER="${BENCH_DB_USER:-atende_bench}" \
  ATENDE_DB_PASSWORD="${BENCH_DB_PASSWORD:-atende_bench}" ATENDE_DEMO_DATA=true LAUNCH_JBOSS_IN_BACKGROUND=1 \
  "$server_home/bin/standalone.sh" -c atende-postgresql.xml -Djboss.server.base.dir="$(pwd)/$base" -b 127.0.0.1 \
  -Djboss.socket.binding.port-offset=$offset > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait 2>/dev/null' EXIT
for _ in $(seq 1 180); do [ -f "$base/deployments/atende.ear.deployed" ] && break; sleep 1; done
[ -f "$base/deployments/atende.ear.deployed" ] || { echo "Atende did not start; see $base/log/server.log" >&2; exit 1; }

report=$(sql -c "SELECT 9000000000000 + COALESCE(MAX(id) - 9000000000000, 0) + 1 FROM consumption_report WHERE id > 9000000000000")
estimated=$(sql -c "SELECT COUNT(*) FROM time_entry te JOIN support_case c ON c.id = te.case_id WHERE c.company_id = $company AND $in_month")
sql -c "INSERT INTO consumption_report (id, company_id, period_start, requested_by, requested_at, estimated, version)
  SELECT $report, $company, DATE '$month-01', id, now(), $estimated, 0 FROM agent WHERE login = 'admin'"
started=$(date +%s.%N)
"$server_home/bin/jboss-cli.sh" --connect --controller=127.0.0.1:$((9990 + offset)) \
  --command="/deployment=atende.ear/subdeployment=atende-ejb.jar/subsystem=batch-jberet:start-job(job-xml-name=monthly-consumption, properties={reportId=$report,itemCount=$item_count})" > /dev/null
until [ -n "$(sql -c "SELECT finished_at FROM consumption_report WHERE id = $report AND finished_at IS NOT NULL")" ]; do
  sleep 0.5
  if grep -q "JBERET000007" "$base/log/server.log"; then echo "The job failed; see $base/log/server.log" >&2; exit 1; fi
  if [ "$(echo "$(date +%s.%N) - $started > 3600" | bc)" = 1 ]; then echo "The job ran over an hour" >&2; exit 1; fi
done
ended=$(date +%s.%N)
read_count=$(sql -c "SELECT entries_read FROM consumption_report WHERE id = $report")
seconds=$(echo "$ended - $started" | bc -l)
printf 'REPORT entries=%d item_count=%d seconds=%.1f rows_per_s=%.0f\n' "$read_count" "$item_count" "$seconds" \
  "$(echo "$read_count / $seconds" | bc -l)"

# --- The lines against the month's sums by plain SQL ------------------------------------------------------------
differences=$(sql -c "
  WITH expected AS (
    SELECT c.party_id, te.contract_id, te.standalone_service_id, COUNT(*) AS entries, SUM(te.minutes) AS minutes,
           SUM(COALESCE(te.entry_value, 0)) AS entry_value, SUM(COALESCE(te.loss_value, 0)) AS loss_value
    FROM time_entry te JOIN support_case c ON c.id = te.case_id
    WHERE c.company_id = $company AND $in_month GROUP BY 1, 2, 3),
  lines AS (SELECT party_id, contract_id, standalone_service_id, entries, minutes, entry_value, loss_value
            FROM consumption_line WHERE report_id = $report)
  SELECT COUNT(*) FROM ((SELECT * FROM expected EXCEPT SELECT * FROM lines)
                        UNION ALL (SELECT * FROM lines EXCEPT SELECT * FROM expected)) d")
echo "Lines differing from the SQL sums: $differences"
[ "$differences" = 0 ]
