#!/usr/bin/env bash
# The fault suite of issue 18: starts a cluster of its own (run-cluster.sh --fresh: PostgreSQL, two nodes and the
# balancer on 127.0.0.1), runs the tests that break it through the balancer (the failsafe execution on-cluster of the
# it module, classes named Cluster*IT), and prints one line per fault:
#   FAULT name=<n> acknowledged=<n> found=<n> duplicates=<n> lost=<n> recovered_s=<x>
# then whether any node failed to replicate a session (SESSION-REPLICATION errors=<n>), and stops the cluster.
# Faults covered so far:
#   session-failover  an agent logged in through the balancer; the node holding the session is killed (kill -9);
#                     the agent's next click (a postback of the page the dead node rendered) works on the other node
#                     without a new login. acknowledged = sessions in use, found = sessions still there afterwards,
#                     recovered_s = from the kill to the next page shown.
#   single-server-crash  after the cluster is stopped, one server alone on the same database; 4 API clients open
#                     FAULTS_OPENINGS cases (300) with idempotency keys; once 30 are acknowledged the server is killed
#                     (kill -9) and started again, and every request that got no answer is retried with its key, as
#                     a real client would. acknowledged = openings answered 201/200, found = those in the database,
#                     duplicates = extra cases for one request, lost = acknowledged but missing, or half-written (a
#                     case without the idempotency record written in its transaction); recovered_s = from the kill
#                     to the first answer of the restarted server.
# Bounded in time: 15 minutes for the cluster to come up (a first build included), 10 for the tests, 10 for the
# single server's crash.
# Not part of ./test.sh: it boots three servers one after the other (2-3 minutes on this machine) and kills one.
#
# Environment: FAULTS_ONLY=single-server-crash runs that fault alone (on the database an earlier run left, and its
# EAR); FAULTS_OPENINGS; the ATENDE_CLUSTER_* variables of run-cluster.sh (ports, database, directory); FAULTS_MAVEN_ARGS
# (extra Maven arguments, e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

balancer_offset="${ATENDE_CLUSTER_BALANCER_OFFSET:-1000}"
export ATENDE_CLUSTER_DIR="${ATENDE_CLUSTER_DIR:-target/cluster}"
url="http://127.0.0.1:$((8080 + balancer_offset))/atende/"
mkdir -p target
log="target/faults-cluster.log"
export ATENDE_CLUSTER_MAVEN_ARGS="${ATENDE_CLUSTER_MAVEN_ARGS:-${FAULTS_MAVEN_ARGS:-}}"

started=$(date +%s)
status=0
# FAULTS_ONLY=single-server-crash skips the cluster (e.g. to repeat one fault).
if [ "${FAULTS_ONLY:-}" != "single-server-crash" ]; then
timeout 1500 ./run-cluster.sh --fresh > "$log" 2>&1 &
cluster=$!
stop_cluster() {
  kill "$cluster" 2> /dev/null || true
  wait "$cluster" 2> /dev/null || true
}
trap stop_cluster EXIT

echo "Starting the cluster (log: $log) ..."
until [ -f "$ATENDE_CLUSTER_DIR/ready" ]; do
  if ! kill -0 "$cluster" 2> /dev/null || [ $(($(date +%s) - started)) -gt 900 ]; then
    echo "The cluster did not come up; see $log" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  sleep 2
done
echo "Cluster up in $(($(date +%s) - started)) s at $url"

tests_log="target/faults-tests.log"
# shellcheck disable=SC2086 # FAULTS_MAVEN_ARGS holds several arguments
timeout 600 ./mvnw -B ${FAULTS_MAVEN_ARGS:-} -pl it -am pre-integration-test failsafe:integration-test@on-cluster \
  failsafe:verify@on-cluster -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Datende.cluster.url="$url" -Datende.cluster.dir="$(pwd)/$ATENDE_CLUSTER_DIR" > "$tests_log" 2>&1 || status=$?

# Each test prints its FAULT line once its fault is survived; a test that failed prints none, and is reported here.
faults=$(grep -ho '^FAULT name=.*' "$tests_log" it/target/failsafe-reports/cluster/*-output.txt 2> /dev/null | sort -u || true)
if [ -n "$faults" ]; then echo "$faults"; fi
if ! grep -q 'name=session-failover' <<< "$faults"; then
  echo "FAULT name=session-failover acknowledged=1 found=0 duplicates=0 lost=1 recovered_s=-"
fi
errors=$(cat "$ATENDE_CLUSTER_DIR"/node*/log/server.log | grep -c -E 'NotSerializableException|Cannot marshall' || true)
echo "SESSION-REPLICATION errors=$errors"
if [ "$status" -ne 0 ]; then
  echo "The cluster tests failed; see $tests_log and it/target/failsafe-reports/cluster/" >&2
  grep -E '^\[ERROR\] +[A-Z].*(IT|»)' "$tests_log" | head -10 >&2 || true
fi
stop_cluster
trap - EXIT
fi

# --- single-server-crash -----------------------------------------------------------------------------------------
server_home="config/target/wildfly-39.0.1.Final"
db="${ATENDE_CLUSTER_DB:-atende_cluster}"
pg_port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
sql() { PGPASSWORD="$db" psql -h 127.0.0.1 -p "$pg_port" -U "$db" -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
single="$ATENDE_CLUSTER_DIR/single"
single_url="http://127.0.0.1:$((8080 + ${ATENDE_CLUSTER_NODE1_OFFSET:-1100}))/atende"
single_pid=""
start_single() {
  mkdir -p "$single/deployments"
  [ -d "$single/configuration" ] || cp -r "$server_home/standalone/configuration" "$single/"
  rm -f "$single"/deployments/atende.ear.*
  cp ear/target/atende.ear "$single/deployments/"
  ATENDE_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/$db" ATENDE_DB_USER="$db" ATENDE_DB_PASSWORD="$db" \
    ATENDE_DEMO_DATA=true JBOSS_PIDFILE="$(pwd)/$single.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 "$server_home/bin/standalone.sh" \
    -c atende-postgresql.xml -Djboss.server.base.dir="$(pwd)/$single" -b 127.0.0.1 \
    -Djboss.socket.binding.port-offset="${ATENDE_CLUSTER_NODE1_OFFSET:-1100}" >> "$single-console.log" 2>&1 &
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
trap stop_single EXIT

# An API client of its own, made as the admin page makes one (an agent acting for it, its token kept as a SHA-256).
token="atd_fault_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
token_hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
run="fault-$(date +%s)"
sql << SQL
INSERT INTO agent (id, company_id, department_id, login, name, email, password_hash, clearance, active, version,
                   profile_id, language, api_client)
SELECT nextval('agent_seq'), ana.company_id, ana.department_id, '$run', 'API: $run', '$run@api.invalid',
       ana.password_hash, 0, TRUE, 0, NULL, ana.language, TRUE
FROM agent ana WHERE ana.login = 'ana';
INSERT INTO agent_role (agent_id, role_name) SELECT id, 'AGENT' FROM agent WHERE login = '$run';
INSERT INTO api_client (id, agent_id, name, token_hash, may_read, may_write, requests_per_minute, created_at)
SELECT nextval('api_client_seq'), id, '$run', '$token_hash', TRUE, TRUE, 100000, CURRENT_TIMESTAMP
FROM agent WHERE login = '$run';
SQL
party=$(sql -c "SELECT id FROM party WHERE active AND NOT supplier ORDER BY id LIMIT 1")
openings="${FAULTS_OPENINGS:-300}"
work="$single-load"
rm -rf "$work" && mkdir -p "$work"

# open <i>: one opening, key and body fixed by i, so a retry is the same request; "i status" into the worker's file.
open_case() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -X POST "$single_url/api/v1/cases" \
    -H "Authorization: Bearer $token" -H "Idempotency-Key: $run-$1" -H "Content-Type: application/json" \
    -d "{\"partyId\": $party, \"subject\": \"$run $1\", \"request\": \"Falha simulada, abertura $1\"}" || true)
  echo "$1 $code"
}

echo "Fault single-server-crash: starting one server on $db ..."
start_single
for w in 0 1 2 3; do
  (for ((i = w; i < openings; i += 4)); do open_case "$i"; done > "$work/worker-$w") &
done
for _ in $(seq 1 600); do
  [ "$(cat "$work"/worker-* | grep -c ' 20[01]$' || true)" -ge 30 ] && break
  sleep 0.2
done
kill -9 "$(cat "$single.pid")"
killed=$(date +%s.%N)
wait "$single_pid" 2> /dev/null || true
single_pid=""
wait # the workers: what they send to the dead server fails at once
echo "Killed the server with $(cat "$work"/worker-* | grep -c ' 20[01]$') openings acknowledged; restarting it ..."
start_single
recovered=""
# The client retries every opening that got no answer (or a server error), with the same key.
for i in $(cat "$work"/worker-* | awk '$2 !~ /^20[01]$/ {print $1}'); do
  for _ in 1 2 3; do
    line=$(open_case "$i")
    if [[ "$line" =~ \ 20[01]$ ]]; then
      [ -n "$recovered" ] || recovered=$(awk -v now="$(date +%s.%N)" -v then="$killed" 'BEGIN {printf "%.1f", now - then}')
      break
    fi
    sleep 1
  done
  echo "$line" >> "$work/retries"
done
stop_single
trap - EXIT

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
echo "FAULT name=single-server-crash acknowledged=$acknowledged found=$found duplicates=$duplicates lost=$lost recovered_s=${recovered:-}"
if [ "$duplicates" -ne 0 ] || [ "$lost" -ne 0 ] || [ "$acknowledged" -ne "$openings" ]; then status=1; fi

echo "Fault suite done in $(($(date +%s) - started)) s"
exit "$status"
