#!/usr/bin/env bash
# Case openings per second through the API (issue 18's capacity figure), against a running Atende:
#   bench/openings.sh <name> <Atende's base URL, e.g. http://127.0.0.1:8080/atende> <database> [seconds]
# Makes an API client of its own in <database> (on the machine's PostgreSQL; a role of the same name and password
# owns it, as atende_bench and atende_cluster), then runs wrk for 10 s (or [seconds]) at 10 connections against
# POST /api/v1/cases, every request with an Idempotency-Key of its own, so each one opens a case with the record of
# its request and its opening email in the outbox, in one transaction. Prints one line
#   LOAD page=<name> conns=10 rps=<x> p50_ms=<x> p95_ms=<x> p99_ms=<x> errors=<n>
# and checks that every acknowledged opening is one case. bench/load.sh calls it for its own server
# (page=api-openings) and, with BENCH_CLUSTER=1, for the two-node cluster through its balancer
# (page=api-openings-cluster).
set -euo pipefail
cd "$(dirname "$0")/.."
name="$1"
url="$2"
db="$3"
seconds="${4:-10}"
# shellcheck source=scripts/machine.sh
source scripts/machine.sh
start_postgresql
sql() { PGPASSWORD="$db" psql -h 127.0.0.1 -p "$pg_port" -U "$db" -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }

# shellcheck source=bench/api-client.sh
source bench/api-client.sh
new_api_client load 1000000

out=$(mktemp)
wrk -t2 -c10 -d"${seconds}s" --timeout 60s --latency -s bench/openings.lua "$url/api/v1/cases" -- "$token" "$party" \
  "$run" > "$out"
echo "LOAD page=$name conns=10 $(tail -1 "$out")"
rm -f "$out"
# Every opening is one case, with the record of its request (api_idempotent_request) and its outbox email (checked,
# not assumed). An opening writes no case_audit row: that table records later changes of a case's fields.
sql -c "SELECT count(*), count(DISTINCT c.subject),
               count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM api_idempotent_request r WHERE r.case_id = c.id)),
               count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM outbound_email e WHERE e.case_id = c.id))
        FROM support_case c WHERE c.subject LIKE '$run-%'" |
  awk -F'|' '{ print "openings: " $1 " cases for " $2 " keys, " $3 " without the record of its request, " $4 " without an email" > "/dev/stderr"
              if ($1 != $2 || $3 != 0 || $4 != 0) exit 1 }'
