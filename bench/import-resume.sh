#!/usr/bin/env bash
# Issue 14: an import of 100,000 parties killed in the middle (kill -9 of the server) resumes after a restart and ends
# with every party once. Own set-up, like bench/load.sh and bench/faults.sh: builds the EAR when it is missing or older
# than the sources, starts the machine's PostgreSQL when stopped, recreates a database and role of its own
# (IMPORT_DB, atende_import), starts one server (atende-postgresql.xml, demo data) in a base directory of its own
# (bench/target/import-resume) at port offset IMPORT_OFFSET (1700: HTTP 9780), then:
#   1. writes a CSV of IMPORT_ROWS (100000) parties with valid, distinct CPFs;
#   2. logs in as admin and uploads it on the import page (admin/import.xhtml), as an administrator does;
#   3. once IMPORT_KILL_AT (40000) rows are committed, kills the server (kill -9): its JDBC job repository still
#      holds the execution as started, with its last checkpoint;
#   4. starts the server again: ImportRecovery restarts the execution 15 s after the deployment (an execution created
#      before the JVM started cannot be running), and the reader goes on after the import's last committed row;
#   5. checks by SQL that exactly IMPORT_ROWS parties of the file exist, none twice, and prints
#      IMPORT rows=<n> killed_at=<rows committed at the kill> resumed=yes|no parties=<n> duplicates=<n> rows_per_s=<x>
#      rows_per_s: the file's rows over the seconds the job ran (upload to kill, plus resumed execution to end; the
#      server's restart not counted).
# Exit status 0 only when parties = rows and duplicates = 0. Bounded: 5 minutes per server start, 15 for the import.
# Environment: IMPORT_ROWS, IMPORT_KILL_AT, IMPORT_OFFSET, IMPORT_DB, IMPORT_MAVEN_ARGS (extra Maven arguments, e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${IMPORT_ROWS:-100000}"
kill_at="${IMPORT_KILL_AT:-40000}"
offset="${IMPORT_OFFSET:-1700}"
db="${IMPORT_DB:-atende_import}"
http_port=$((8080 + offset))
url="http://127.0.0.1:$http_port/atende"
work="bench/target/import-resume"
base="$work/server-base"
server_home="config/target/wildfly-39.0.1.Final"
mkdir -p "$work"

# shellcheck source=scripts/machine.sh
source scripts/machine.sh

# --- Set-up: the EAR, PostgreSQL, the database ------------------------------------------------------------------------
if [ ! -f ear/target/atende.ear ] || [ ! -d "$server_home" ] ||
  [ -n "$(find ejb/src web/src config -newer ear/target/atende.ear -type f -print -quit)" ]; then
  # shellcheck disable=SC2086 # IMPORT_MAVEN_ARGS holds several arguments
  ./mvnw -B -q package -DskipTests ${IMPORT_MAVEN_ARGS:-}
fi
# The server deploys a copy of its own, so a build or a test run of this checkout meanwhile does not change it.
cp ear/target/atende.ear "$work/atende.ear"
start_postgresql
pg_database "$db" "$db" --fresh
sql() { PGPASSWORD="$db" psql -h 127.0.0.1 -p "$pg_port" -U "$db" -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }

# --- The server ---------------------------------------------------------------------------------------------------------
server_pid=""
start_server() {
  if curl -s -o /dev/null "http://127.0.0.1:$http_port/"; then
    echo "Port $http_port is taken by another server; set IMPORT_OFFSET" >&2
    exit 1
  fi
  mkdir -p "$base/deployments"
  [ -d "$base/configuration" ] || cp -r "$server_home/standalone/configuration" "$base/"
  rm -f "$base"/deployments/atende.ear*
  cp "$work/atende.ear" "$base/deployments/"
  ATENDE_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/$db" ATENDE_DB_USER="$db" ATENDE_DB_PASSWORD="$db" \
    ATENDE_DEMO_DATA=true JBOSS_PIDFILE="$(pwd)/$base.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 "$server_home/bin/standalone.sh" \
    -c atende-postgresql.xml -Djboss.server.base.dir="$(pwd)/$base" -b 127.0.0.1 \
    -Djboss.socket.binding.port-offset="$offset" >> "$work/console.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 300); do
    [ -f "$base/deployments/atende.ear.deployed" ] && return 0
    [ -f "$base/deployments/atende.ear.failed" ] && break
    sleep 1
  done
  echo "The server did not start; see $base/log/server.log" >&2
  exit 1
}
stop_server() {
  [ -n "$server_pid" ] && { kill "$server_pid" 2> /dev/null || true; wait "$server_pid" 2> /dev/null || true; }
  server_pid=""
}
trap stop_server EXIT

# --- The file: a header and <rows> parties with valid CPFs (nine digits from a base of this run, two check digits) -----
# shellcheck source=bench/party-import.sh
source bench/party-import.sh
csv="$work/parties.csv"
parties_csv "$rows" "$csv"

echo "Starting the server (offset $offset, database $db) ..."
start_server

# --- The upload, as an administrator: FORM login, then the import page's form (a multipart postback) -----------------
upload_import "$url/" "$csv" "$work/cookies"
echo "Import $import_id of $rows rows started; killing the server at $kill_at rows ..."

position() { sql -c "SELECT last_row - 1 FROM party_import WHERE id = $import_id"; }
for _ in $(seq 1 9000); do
  [ "$(position)" -ge "$kill_at" ] && break
  sleep 0.1
done
kill -9 "$(cat "$base.pid")"
killed=$(date +%s.%N)
wait "$server_pid" 2> /dev/null || true
server_pid=""
killed_at=$(position)
execution=$(sql -c "SELECT job_execution_id FROM party_import WHERE id = $import_id")
echo "Killed the server with $killed_at rows committed (job execution $execution); restarting it ..."

start_server
resumed=no
resumed_at=""
finished=""
for _ in $(seq 1 9000); do
  read -r current done_at <<< "$(sql -F ' ' -c "SELECT job_execution_id, finished_at IS NOT NULL FROM party_import WHERE id = $import_id")"
  if [ "$current" != "$execution" ] && [ -z "$resumed_at" ]; then
    resumed=yes
    resumed_at=$(date +%s.%N)
  fi
  if [ "$done_at" = "t" ]; then
    finished=$(date +%s.%N)
    break
  fi
  sleep 0.2
done
[ -n "$finished" ] || echo "The import did not finish within 15 minutes; see $base/log/server.log" >&2

counts=$(sql -F ' ' -c "SELECT count(*), count(*) - count(DISTINCT tax_id) FROM party WHERE name LIKE 'Importada %'")
read -r parties duplicates <<< "$counts"
stop_server
trap - EXIT
rate=$(awk -v r="$rows" -v a="$uploaded" -v k="$killed" -v s="${resumed_at:-0}" -v e="${finished:-0}" \
  'BEGIN { t = (k - a) + (e - s); if (e == 0 || s == 0 || t <= 0) print "-"; else printf "%.0f", r / t }')
echo "IMPORT rows=$rows killed_at=$killed_at resumed=$resumed parties=$parties duplicates=$duplicates rows_per_s=$rate"
[ "$parties" = "$rows" ] && [ "$duplicates" = "0" ] && [ "$resumed" = "yes" ]
