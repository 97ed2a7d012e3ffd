#!/usr/bin/env bash
# The fault suite of issue 18: starts a cluster of its own (run-cluster.sh --fresh: PostgreSQL, two nodes and the
# balancer on 127.0.0.1), runs the tests that break it through the balancer (the failsafe execution on-cluster of the
# it module, classes named Cluster*IT), and prints one line per fault:
#   FAULT name=<n> acknowledged=<n> found=<n> duplicates=<n> lost=<n> recovered_s=<x>
# then whether any node failed to replicate a session (SESSION-REPLICATION errors=<n>), and stops the cluster.
# Faults (issue 18's numbers in brackets):
#   smtp-outage [4]   (ClusterEmailOutageIT) the nodes' SMTP server is down while 20 cases are opened through the
#                     balancer and the API; their emails are tried and wait; SMTP comes back and each email is
#                     delivered exactly once (counted by Message-ID at the SMTP server), by whichever node holds the
#                     outbox's lease. acknowledged = emails of the outbox, found = delivered; recovered_s = from SMTP
#                     back to the last email sent.
#   session-failover  (ClusterFailoverInBrowserIT) an agent logged in through the balancer (on the node running the
#                     outbox's rounds); that node is killed (kill -9); the agent's next click (a postback of the page
#                     the dead node rendered) works on the other node without a new login. acknowledged = sessions
#                     in use, found = sessions still there afterwards, recovered_s = from the kill to the next page.
#   node-crash [1]    (the same test) meanwhile 10 API clients open 80 cases and append a client contact to each
#                     through the balancer (idempotency keys, retries), and the node dies under them: every request
#                     that got a success is in the database exactly once, every email of their cases is delivered
#                     exactly once, the survivor holds the outbox's lease within a minute. acknowledged = requests
#                     plus emails, found = those in the database plus those delivered; recovered_s = from the kill
#                     to the survivor holding the lease.
#   single-server-crash [2]  after the cluster is stopped, one server alone on the same database; 4 API clients open
#                     FAULTS_OPENINGS cases (300) with idempotency keys; once 30 are acknowledged the server is killed
#                     (kill -9) and started again, and every request that got no answer is retried with its key, as
#                     a real client would. acknowledged = openings answered 201/200, found = those in the database,
#                     duplicates = extra cases for one request, lost = acknowledged but missing, or half-written (a
#                     case without the idempotency record written in its transaction); recovered_s = from the kill
#                     to the first answer of the restarted server.
#   postgresql-restart [3]  one node of the cluster's configuration on a PostgreSQL instance of the script's own;
#                     PostgreSQL is restarted in the middle of 300 openings: requests in flight fail with an error
#                     status, later ones succeed on the same pool, failed ones are retried with their keys; counted
#                     as single-server-crash; recovered_s = from the restart to the first opening acknowledged after.
#   batch-failover [5]  a cluster started afresh; an administrator uploads FAULTS_IMPORT_ROWS parties (20,000) through
#                     the balancer, the node running the import's job (the session's route) is killed (kill -9) once
#                     FAULTS_IMPORT_KILL_AT rows (2,000) are committed, and the survivor resumes the job from its
#                     checkpoint (ImportRecovery, once the dead node's instance is gone). acknowledged = rows of the
#                     file, found = distinct parties imported, duplicates = parties twice or rows the import counted
#                     twice, lost = rows missing;
#                     recovered_s = from the kill to the import finished on the survivor.
# Bounded in time: 15 minutes for the cluster to come up (a first build included), 10 for the tests, 5 for each
# single server to start.
# Not part of ./test.sh: it boots three servers one after the other (2-3 minutes on this machine) and kills one.
#
# Environment: FAULTS_ONLY, a list of the parts to run (cluster, batch-failover, single-server-crash, postgresql-restart; all by
# default; single-server-crash alone uses the database an earlier run left, and its EAR); FAULTS_OPENINGS;
# FAULTS_IMPORT_ROWS, FAULTS_IMPORT_KILL_AT (batch-failover); FAULTS_PG_PORT (5499, postgresql-restart's own PostgreSQL); the ATENDE_CLUSTER_* variables of run-cluster.sh (ports, database, directory); FAULTS_MAVEN_ARGS
# (extra Maven arguments, e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

# The session-failover part drives a headless Chromium: Debian's browser and its driver are installed when missing,
# as ./test.sh does; PostgreSQL too, and started (every part's database is on the machine's cluster but
# postgresql-restart's).
# shellcheck source=scripts/machine.sh
source scripts/machine.sh
install_missing chromium=chromium chromedriver=chromium-driver
start_postgresql

balancer_offset="${ATENDE_CLUSTER_BALANCER_OFFSET:-1000}"
export ATENDE_CLUSTER_DIR="${ATENDE_CLUSTER_DIR:-target/cluster}"
url="http://127.0.0.1:$((8080 + balancer_offset))/atende/"
mkdir -p target
log="target/faults-cluster.log"
export ATENDE_CLUSTER_MAVEN_ARGS="${ATENDE_CLUSTER_MAVEN_ARGS:-${FAULTS_MAVEN_ARGS:-}}"

started=$(date +%s)
status=0
# runs <part>: whether FAULTS_ONLY (a list of parts, by default every one) names it.
runs() { [ -z "${FAULTS_ONLY:-}" ] || [[ " ${FAULTS_ONLY//,/ } " == *" $1 "* ]]; }
# distributable <server.log>: whether the server kept the web app's sessions in Infinispan's "web" container.
distributable() { grep -q 'Started atende.ear.atende-web.war cache from web container' "$1" && echo yes || echo no; }
cluster_smtp_port="${ATENDE_CLUSTER_SMTP_PORT:-3626}"
cluster_db="${ATENDE_CLUSTER_DB:-atende_cluster}"
cluster=""
stop_cluster() {
  [ -n "$cluster" ] && { kill "$cluster" 2> /dev/null || true; wait "$cluster" 2> /dev/null || true; }
  cluster=""
  # Until every server's Java process is gone (a minute at most, then kill -9), so that the next part's servers find
  # their ports free (in one run the batch-failover part's cluster found node2's port still taken).
  local pidfile pid
  for pidfile in "$ATENDE_CLUSTER_DIR"/*.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    for _ in $(seq 60); do kill -0 "$pid" 2> /dev/null || break; sleep 1; done
    kill -9 "$pid" 2> /dev/null || true
  done
}
# start_cluster: run-cluster.sh --fresh in the background, until its balancer serves the login page; exits if it does
# not come up within 15 minutes.
start_cluster() {
  local since
  since=$(date +%s)
  ATENDE_SMTP_HOST=127.0.0.1 ATENDE_SMTP_PORT="$cluster_smtp_port" timeout 1500 ./run-cluster.sh --fresh > "$log" 2>&1 &
  cluster=$!
  trap stop_cluster EXIT
  echo "Starting the cluster (log: $log) ..."
  until [ -f "$ATENDE_CLUSTER_DIR/ready" ]; do
    if ! kill -0 "$cluster" 2> /dev/null || [ $(($(date +%s) - since)) -gt 900 ]; then
      echo "The cluster did not come up; see $log" >&2
      tail -20 "$log" >&2
      exit 1
    fi
    sleep 2
  done
  echo "Cluster up in $(($(date +%s) - since)) s at $url"
}

if runs cluster; then
# No mail sink: the cluster's SMTP server is ClusterEmailOutageIT's GreenMail, down until that test brings it up.
start_cluster

tests_log="target/faults-tests.log"
# shellcheck disable=SC2086 # FAULTS_MAVEN_ARGS holds several arguments
timeout 600 ./mvnw -B ${FAULTS_MAVEN_ARGS:-} -pl it -am pre-integration-test failsafe:integration-test@on-cluster \
  failsafe:verify@on-cluster -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Datende.cluster.url="$url" -Datende.cluster.dir="$(pwd)/$ATENDE_CLUSTER_DIR" -Datende.cluster.smtp.port="$cluster_smtp_port" \
  -Datende.cluster.db.url="jdbc:postgresql://127.0.0.1:$pg_port/$cluster_db" \
  -Datende.cluster.db.user="$cluster_db" -Datende.cluster.db.password="$cluster_db" > "$tests_log" 2>&1 || status=$?

# Each test prints its FAULT line once its fault is survived; a test that failed prints none, and is reported here.
faults=$(grep -ho '^FAULT name=.*' "$tests_log" it/target/failsafe-reports/cluster/*-output.txt 2> /dev/null | sort -u || true)
if [ -n "$faults" ]; then echo "$faults"; fi
if ! grep -q 'name=smtp-outage' <<< "$faults"; then
  echo "FAULT name=smtp-outage acknowledged=- found=0 duplicates=- lost=- recovered_s=-"
fi
if ! grep -q 'name=session-failover' <<< "$faults"; then
  echo "FAULT name=session-failover acknowledged=1 found=0 duplicates=0 lost=1 recovered_s=-"
fi
if ! grep -q 'name=node-crash' <<< "$faults"; then
  echo "FAULT name=node-crash acknowledged=- found=- duplicates=- lost=- recovered_s=-"
fi
# Sessions are distributable on the nodes only (run-cluster.sh's overlay of web.xml): each node started the web
# app's session cache in Infinispan's "web" container.
echo "DISTRIBUTABLE node1=$(distributable "$ATENDE_CLUSTER_DIR/node1/log/server.log")" \
  "node2=$(distributable "$ATENDE_CLUSTER_DIR/node2/log/server.log")"
errors=$(cat "$ATENDE_CLUSTER_DIR"/node*/log/server.log | grep -c -E 'NotSerializableException|Cannot marshall' || true)
echo "SESSION-REPLICATION errors=$errors"
if [ "$status" -ne 0 ]; then
  echo "The cluster tests failed; see $tests_log and it/target/failsafe-reports/cluster/" >&2
  grep -E '^\[ERROR\] +[A-Z].*(IT|»)' "$tests_log" | head -10 >&2 || true
fi
stop_cluster
trap - EXIT
fi

# --- One server alone: single-server-crash, postgresql-restart ------------------------------------------------------
server_home="config/target/wildfly-39.0.1.Final"
db="${ATENDE_CLUSTER_DB:-atende_cluster}"
# The database of the fault being run (a role of the same name and password owns it).
sql_port="$pg_port"
sql_db="$db"
sql() { PGPASSWORD="$sql_db" psql -h 127.0.0.1 -p "$sql_port" -U "$sql_db" -d "$sql_db" -v ON_ERROR_STOP=1 -qAt "$@"; }
single_url="http://127.0.0.1:$((8080 + ${ATENDE_CLUSTER_NODE1_OFFSET:-1100}))/atende"
single_pid=""
# start_single <base directory> <configuration> [options...]: one server on the database of sql_port and sql_db.
start_single() {
  local base="$1" config="$2"
  shift 2
  single="$base"
  mkdir -p "$single/deployments"
  # The configuration afresh at every start: a base directory left by an earlier run keeps its own otherwise.
  cp -r "$server_home/standalone/configuration" "$single/"
  rm -f "$single"/deployments/atende.ear.*
  cp ear/target/atende.ear "$single/deployments/"
  ATENDE_DB_URL="jdbc:postgresql://127.0.0.1:$sql_port/$sql_db" ATENDE_DB_USER="$sql_db" ATENDE_DB_PASSWORD="$sql_db" \
    ATENDE_DEMO_DATA=true JBOSS_PIDFILE="$(pwd)/$single.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 "$server_home/bin/standalone.sh" \
    -c "$config" -Djboss.server.base.dir="$(pwd)/$single" -b 127.0.0.1 -Djboss.bind.address.private=127.0.0.1 \
    -Djboss.socket.binding.port-offset="${ATENDE_CLUSTER_NODE1_OFFSET:-1100}" "$@" >> "$single-console.log" 2>&1 &
  single_pid=$!
  for _ in $(seq 1 300); do
    [ -f "$single/deployments/atende.ear.deployed" ] && return 0
    [ -f "$single/deployments/atende.ear.failed" ] && break
    sleep 1
  done
  echo "The single server did not start; see $single/log/server.log" >&2
  return 1
}
stop_single() {
  [ -n "$single_pid" ] && { kill "$single_pid" 2> /dev/null || true; wait "$single_pid" 2> /dev/null || true; }
  single_pid=""
}

# new_api_client fault 100000: an API client of its own (token, run, party), as bench/openings.sh makes one.
# shellcheck source=bench/api-client.sh
source bench/api-client.sh

# open_case <i>: one opening, key and body fixed by i, so a retry is the same request; prints "i status end-time"
# (status 000: no answer within 20 s, or the connection dropped).
open_case() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -X POST "$single_url/api/v1/cases" \
    -H "Authorization: Bearer $token" -H "Idempotency-Key: $run-$1" -H "Content-Type: application/json" \
    -d "{\"partyId\": $party, \"subject\": \"$run $1\", \"request\": \"Falha simulada, abertura $1\"}" || true)
  echo "$1 $code $(date +%s.%N)"
}

# start_load <openings>: four API clients open the cases 0..openings-1 into $work/worker-*, in the background.
start_load() {
  rm -rf "$work" && mkdir -p "$work"
  local w
  load_pids=()
  for w in 0 1 2 3; do
    (for ((i = w; i < $1; i += 4)); do open_case "$i"; done > "$work/worker-$w") &
    load_pids+=($!)
  done
}
acknowledged_so_far() { cat "$work"/worker-* | awk '$2 ~ /^20[01]$/' | wc -l; }
await_acknowledged() {
  for _ in $(seq 1 600); do
    [ "$(acknowledged_so_far)" -ge "$1" ] && return 0
    sleep 0.2
  done
}

# retry_unanswered <since>: the client retries every opening that got no answer or an error, with the same key, as
# a real client would (three tries, a second apart); recovered = seconds from <since> to the first success.
retry_unanswered() {
  local i line
  recovered=""
  for i in $(cat "$work"/worker-* | awk '$2 !~ /^20[01]$/ {print $1}'); do
    for _ in 1 2 3; do
      line=$(open_case "$i")
      if [[ "$line" =~ \ 20[01]\  ]]; then
        [ -n "$recovered" ] || recovered=$(awk -v now="$(date +%s.%N)" -v then="$1" 'BEGIN {printf "%.1f", now - then}')
        break
      fi
      sleep 1
    done
    echo "$line" >> "$work/retries"
  done
}

# fault_line <name> <openings>: what the database holds of the acknowledged openings; prints the FAULT line and
# marks the suite failed on a duplicate, a loss or an opening never acknowledged.
fault_line() {
  local acknowledged ack counts found duplicates half lost
  acknowledged=$(cat "$work"/worker-* "$work/retries" 2> /dev/null | awk '$2 ~ /^20[01]$/ {print $1}' | sort -un | wc -l)
  ack=$(cat "$work"/worker-* "$work/retries" 2> /dev/null | awk '$2 ~ /^20[01]$/ {print $1}' | sort -un | paste -sd,)
  counts=$(sql -c "
      WITH ack AS (SELECT unnest(ARRAY[${ack:-NULL}]::INTEGER[]) AS n),
      opened AS (
        SELECT c.id, CAST(substr(c.subject, length('$run ') + 1) AS INTEGER) AS n,
               EXISTS (SELECT 1 FROM api_idempotent_request r WHERE r.case_id = c.id) AS whole
        FROM support_case c WHERE c.subject LIKE '$run %')
      SELECT (SELECT count(DISTINCT n) FROM opened WHERE whole AND n IN (SELECT n FROM ack)),
             (SELECT count(*) - count(DISTINCT n) FROM opened),
             (SELECT count(*) FROM opened WHERE NOT whole)")
  IFS='|' read -r found duplicates half <<< "$counts"
  lost=$((acknowledged - found + half))
  echo "FAULT name=$1 acknowledged=$acknowledged found=$found duplicates=$duplicates lost=$lost recovered_s=${recovered:-}"
  if [ "$duplicates" -ne 0 ] || [ "$lost" -ne 0 ] || [ "$acknowledged" -ne "$2" ]; then status=1; fi
}

# --- batch-failover: the node running an import's job killed; the survivor resumes the job ---------------------------
if runs batch-failover; then
# shellcheck source=bench/party-import.sh
source bench/party-import.sh
import_rows="${FAULTS_IMPORT_ROWS:-20000}"
import_kill_at="${FAULTS_IMPORT_KILL_AT:-2000}"
start_cluster
work="$ATENDE_CLUSTER_DIR/batch-failover"
rm -rf "$work" && mkdir -p "$work"
parties_csv "$import_rows" "$work/parties.csv"
upload_import "$url" "$work/parties.csv" "$work/cookies"
import_state() { sql -F ' ' -c "SELECT last_row - 1, finished_at IS NOT NULL, job_execution_id, coalesce(run_by, '-') FROM party_import WHERE id = $import_id"; }
for _ in $(seq 1 3000); do
  read -r position done_at execution runner <<< "$(import_state)"
  [ "$position" -ge "$import_kill_at" ] && [ "$runner" != "-" ] && break
  sleep 0.1
done
# The import's row names the server instance running its job ("node1/<random>"): that node is killed.
node="${runner%%/*}"
if [ "$done_at" = "t" ] || ! [[ "$node" =~ ^node[12]$ ]]; then
  echo "The import of $import_rows rows was not running on a node at $import_kill_at rows (raise FAULTS_IMPORT_ROWS)" >&2
  status=1
else
  kill -9 "$(cat "$ATENDE_CLUSTER_DIR/$node.pid")"
  killed=$(date +%s.%N)
  read -r position done_at execution_killed runner <<< "$(import_state)"
  echo "Killed $node with $position of $import_rows rows committed (job execution $execution_killed); waiting for the survivor ..."
  finished=""
  for _ in $(seq 1 1500); do
    read -r position done_at execution runner <<< "$(import_state)"
    if [ "$done_at" = "t" ]; then
      finished=$(date +%s.%N)
      break
    fi
    sleep 0.2
  done
  [ -n "$finished" ] || echo "The import was not finished within 5 minutes of the kill; see $ATENDE_CLUSTER_DIR/node*/log/server.log" >&2
  # Parties by their tax ids (unique since V85, so a row taken twice would have failed its chunk, not doubled the
  # party), and the import's own counts: a row read twice would be counted twice, or refused as a repeat.
  IFS='|' read -r parties distinct added refused <<< "$(sql -c "
      SELECT (SELECT count(*) FROM party WHERE name LIKE 'Importada %'),
             (SELECT count(DISTINCT tax_id) FROM party WHERE name LIKE 'Importada %'),
             parties_added, rows_refused FROM party_import WHERE id = $import_id")"
  duplicates=$((parties - distinct + added - distinct))
  lost=$((import_rows - distinct))
  recovered=$(awk -v k="$killed" -v f="${finished:-0}" 'BEGIN { if (f == 0) print "-"; else printf "%.1f", f - k }')
  echo "batch-failover: the import resumed as job execution $execution (was $execution_killed); $distinct parties; the import counted $added added, $refused refused"
  echo "FAULT name=batch-failover acknowledged=$import_rows found=$distinct duplicates=$duplicates lost=$lost recovered_s=$recovered"
  if [ "$duplicates" -ne 0 ] || [ "$lost" -ne 0 ] || [ "$refused" -ne 0 ] || [ -z "$finished" ] ||
    [ "$execution" = "$execution_killed" ]; then status=1; fi
fi
stop_cluster
trap - EXIT
fi

# --- single-server-crash: the server killed in the middle of openings ----------------------------------------------
if runs single-server-crash; then
trap stop_single EXIT
new_api_client fault 100000
openings="${FAULTS_OPENINGS:-300}"
work="$ATENDE_CLUSTER_DIR/single-load"
echo "Fault single-server-crash: starting one server on $db ..."
start_single "$ATENDE_CLUSTER_DIR/single" atende-postgresql.xml
start_load "$openings"
await_acknowledged 30
kill -9 "$(cat "$single.pid")"
killed=$(date +%s.%N)
wait "$single_pid" 2> /dev/null || true
single_pid=""
wait "${load_pids[@]}" # what they send to the dead server fails at once
echo "Killed the server with $(acknowledged_so_far) openings acknowledged; restarting it ..."
start_single "$ATENDE_CLUSTER_DIR/single" atende-postgresql.xml
retry_unanswered "$killed"
stop_single
trap - EXIT
fault_line single-server-crash "$openings"
# The plain configuration keeps its sessions in memory, as before the cluster: no web cache in Infinispan.
echo "DISTRIBUTABLE single=$(distributable "$single/log/server.log")"
fi

# --- postgresql-restart: the database restarted in the middle of openings ------------------------------------------
# On a PostgreSQL instance of its own (FAULTS_PG_PORT, 5499; its files in a temporary directory, removed at the end):
# the machine's PostgreSQL serves other test databases, which a restart would break. The server is a node of the
# cluster's configuration (atende-cluster.xml) alone, so the pool under test is the cluster's (validation of idle
# connections every 10 s, the PostgreSQL exception sorter). Four API clients open FAULTS_OPENINGS cases; once 30 are
# acknowledged PostgreSQL is restarted (pg_ctl restart -m fast: every connection is cut) while the clients go on;
# requests in flight must fail with an error status (not hang, not be cut), later ones succeed on the same pool
# (the server is not restarted), and the client retries the failed ones with their keys.
# recovered_s = from the restart to the first opening acknowledged after PostgreSQL is back.
if runs postgresql-restart; then
bash config/configure-server.sh "$server_home" cluster > /dev/null
pg_bin="/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -n | tail -1)/bin"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
fault_pg_port="${FAULTS_PG_PORT:-5499}"
pgdata=$(mktemp -d /tmp/atende-faults-pg.XXXXXX)
chown postgres "$pgdata" 2> /dev/null || sudo chown postgres "$pgdata"
fault_pg() {
  as_postgres "$pg_bin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w \
    -o "-p $fault_pg_port -k $pgdata -c listen_addresses=127.0.0.1" "$@" > /dev/null
}
stop_postgresql_fault() {
  stop_single
  fault_pg stop -m immediate 2> /dev/null || true
  rm -rf "$pgdata" 2> /dev/null || sudo rm -rf "$pgdata"
}
trap stop_postgresql_fault EXIT
as_postgres "$pg_bin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > /dev/null
fault_pg start
sql_port="$fault_pg_port"
sql_db="atende_fault"
psql -h 127.0.0.1 -p "$sql_port" -U postgres -qAt -v ON_ERROR_STOP=1 \
  -c "CREATE ROLE $sql_db LOGIN PASSWORD '$sql_db'" -c "CREATE DATABASE $sql_db OWNER $sql_db" > /dev/null
echo "Fault postgresql-restart: one node of the cluster's configuration on PostgreSQL 127.0.0.1:$sql_port ..."
start_single "$ATENDE_CLUSTER_DIR/pg-restart" atende-cluster.xml -Djboss.node.name=pgfault -Djboss.tx.node.id=pgfault
new_api_client fault 100000
openings="${FAULTS_OPENINGS:-300}"
work="$ATENDE_CLUSTER_DIR/pg-restart-load"
start_load "$openings"
await_acknowledged 30
restarting=$(date +%s.%N)
fault_pg restart -m fast
restarted=$(date +%s.%N)
wait "${load_pids[@]}"
# The first opening acknowledged once PostgreSQL was back, by the load itself (the pool recovered by itself).
recovered=$(cat "$work"/worker-* | awk -v since="$restarted" -v from="$restarting" \
  '$2 ~ /^20[01]$/ && $3 > since && (first == "" || $3 < first) {first = $3} END {if (first != "") printf "%.1f", first - from}')
failed=$(cat "$work"/worker-* | awk '$2 !~ /^20[01]$/ && $2 != "000"' | wc -l)
unanswered=$(cat "$work"/worker-* | awk '$2 == "000"' | wc -l)
after=$(cat "$work"/worker-* | awk -v since="$restarted" '$3 > since + 15 && $2 !~ /^20[01]$/' | wc -l)
echo "PostgreSQL restarted in $(awk -v a="$restarting" -v b="$restarted" 'BEGIN {printf "%.1f", b - a}') s;" \
  "openings failed with an error status: $failed, unanswered: $unanswered, failed later than 15 s after: $after"
load_recovered="$recovered"
retry_unanswered "$restarting"
recovered="${load_recovered:-$recovered}"
fault_line postgresql-restart "$openings"
if [ "$unanswered" -ne 0 ] || [ "$after" -ne 0 ] || [ -z "$load_recovered" ]; then status=1; fi
stop_postgresql_fault
trap - EXIT
sql_port="$pg_port"
sql_db="$db"
fi

echo "Fault suite done in $(($(date +%s) - started)) s"
exit "$status"
