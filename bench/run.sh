#!/usr/bin/env bash
# Benchmark of the scale target of issue 4: on PostgreSQL with N cases (default 1,000,000), how fast the agent
# queue's first page and the similar-subject search answer. Fills the database with the generate-cases job when
# it holds fewer cases, prints the EXPLAIN ANALYZE plans of the queries behind both pages, then times the pages
# end to end over HTTP (logged in as the demo agent ana: clearance 1, department Suporte).
#   bench/run.sh [N] [search words]     e.g. bench/run.sh 1000000 "nota fiscal"
# Leaves the database (atende_bench) in place, so later runs skip the fill.
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-1000000}"
words="${2:-certificado vencido}"
runs="${RUNS:-15}"

./mvnw -B -q install -DskipTests

# shellcheck source=scripts/machine.sh
source scripts/machine.sh
start_postgresql
pg_database atende_bench atende_bench
# The application's connections run with JIT off (config/cli/datasource-postgresql.cli); so do these.
sql() { PGOPTIONS='-c jit=off' PGPASSWORD=atende_bench psql -h 127.0.0.1 -p "$pg_port" -U atende_bench -d atende_bench -v ON_ERROR_STOP=1 -qAt "$@"; }

# A server of its own (own base directory), so a demo or a test run elsewhere is not disturbed.
server_home="config/target/wildfly-39.0.1.Final"
base="bench/target/server-base"
rm -rf "$base" && mkdir -p "$base/deployments"
cp -r "$server_home/standalone/configuration" "$base/"
cp ear/target/atende.ear "$base/deployments/"
ATENDE_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/atende_bench" ATENDE_DB_USER=atende_bench \
  ATENDE_DB_PASSWORD=atende_bench ATENDE_DEMO_DATA=true LAUNCH_JBOSS_IN_BACKGROUND=1 "$server_home/bin/standalone.sh" -c atende-postgresql.xml \
  -Djboss.server.base.dir="$(pwd)/$base" -b 127.0.0.1 > /dev/null 2>&1 &
server=$! # with LAUNCH_JBOSS_IN_BACKGROUND, standalone.sh passes the stop signal on to the server
trap 'kill $server 2>/dev/null; wait 2>/dev/null' EXIT
for _ in $(seq 1 180); do [ -f "$base/deployments/atende.ear.deployed" ] && break; sleep 1; done
[ -f "$base/deployments/atende.ear.deployed" ] || { echo "Atende did not start; see $base/log/server.log" >&2; exit 1; }

have=$(sql -c "SELECT COUNT(*) FROM support_case")
if [ "$have" -lt "$cases" ]; then
  echo "Generating $((cases - have)) cases (the database holds $have) ..."
  "$server_home/bin/jboss-cli.sh" --connect --controller=127.0.0.1:9990 \
    --command="/deployment=atende.ear/subdeployment=atende-ejb.jar/subsystem=batch-jberet:start-job(job-xml-name=generate-cases, properties={count=$((cases - have))})" > /dev/null
  started=$(date +%s)
  until grep -q "generate-cases: $((cases - have)) of $((cases - have)) cases" "$base/log/server.log"; do
    sleep 10
    echo "  $(sql -c "SELECT COUNT(*) FROM support_case") cases after $(( $(date +%s) - started )) s"
  done
  sleep 5 # the job's ANALYZE
  echo "Generated in $(( $(date +%s) - started )) s"
fi
# After a bulk load, as autovacuum would do shortly: statistics and the visibility map (index-only scans).
sql -c "VACUUM ANALYZE support_case"
echo "Cases in the database: $(sql -c "SELECT COUNT(*) FROM support_case")"

ana=$(sql -c "SELECT id FROM agent WHERE login = 'ana'")
department=$(sql -c "SELECT department_id FROM agent WHERE login = 'ana'")
company=$(sql -c "SELECT company_id FROM agent WHERE login = 'ana'")
any_words=$(echo "$words" | sed 's/ / or /g')
queue_filter="c.department_id = $department AND (c.access_level <= 1 OR c.holder_id = $ana)"
tsquery="websearch_to_tsquery('atende_pt', '$any_words')"
access="c.company_id = $company AND (c.access_level <= 1 OR c.holder_id = $ana)"
branch_subject="SELECT c.id FROM support_case c WHERE $access AND c.search_subject @@ $tsquery"
branch_request="SELECT c.id FROM support_case c WHERE $access AND c.search_request @@ $tsquery"
branch_discussion="SELECT c.id FROM discussion_entry d JOIN support_case c ON c.id = d.case_id WHERE $access AND d.search_body @@ $tsquery"
branch_solution="SELECT c.id FROM solution_entry s JOIN support_case c ON c.id = s.case_id WHERE $access AND s.search_body @@ $tsquery"
page_columns="c.id, c.case_number, c.subject, p.name, c.priority, c.status, h.name, c.opened_at, c.due_date, c.overdue
  FROM support_case c"
page_joins="JOIN party p ON p.id = c.party_id LEFT JOIN agent h ON h.id = c.holder_id"

echo; echo "== Queue, first page (20 rows) =="
sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT $page_columns $page_joins WHERE c.department_id = $department AND (c.access_level <= 1 OR c.holder_id = $ana) ORDER BY c.opened_at DESC, c.id DESC LIMIT 20"
echo; echo "== Queue, count =="
sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(c.id) FROM support_case c WHERE c.department_id = $department AND (c.access_level <= 1 OR c.holder_id = $ana)"

# CaseSearch counts matches up to 1001 first (streaming through the GIN indexes), then takes the page either
# from the few matches (joined, sorted) or, for common words, by walking the cases newest first.
for scope in SUBJECT ALL; do
  if [ "$scope" = SUBJECT ]; then
    all_branches="$branch_subject"; distinct_branches="$branch_subject"
    walk_filter="$access AND c.search_subject @@ $tsquery"
  else
    all_branches="$branch_subject UNION ALL $branch_request UNION ALL $branch_discussion UNION ALL $branch_solution"
    distinct_branches="$branch_subject UNION $branch_request UNION $branch_discussion UNION $branch_solution"
    walk_filter="$access AND (c.search_subject @@ $tsquery OR c.search_request @@ $tsquery
      OR c.id IN (SELECT case_id FROM discussion_entry WHERE search_body @@ $tsquery)
      OR c.id IN (SELECT case_id FROM solution_entry WHERE search_body @@ $tsquery))"
  fi
  matches=$(sql -c "SELECT COUNT(*) FROM ($all_branches LIMIT 1001) capped")
  echo; echo "== Similar-subject search for \"$words\" (any word, scope $scope): matches counted up to 1001 =="
  sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM ($all_branches LIMIT 1001) capped"
  if [ "$matches" -le 1000 ]; then
    echo; echo "== ... $matches matches: first page from the matches =="
    sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT $page_columns JOIN ($distinct_branches) m ON m.id = c.id $page_joins ORDER BY c.opened_at DESC, c.id DESC LIMIT 20"
  else
    echo; echo "== ... more than 1000 matches: first page walking the cases newest first =="
    sql -c "EXPLAIN (ANALYZE, BUFFERS) SELECT $page_columns $page_joins WHERE $walk_filter ORDER BY c.opened_at DESC, c.id DESC LIMIT 20"
  fi
done

# End to end: the pages as ana's browser gets them (login, then the queue page, then a search postback).
url="http://127.0.0.1:8080/atende"
jar=$(mktemp)
curl -s -o /dev/null -c "$jar" -b "$jar" "$url/"
curl -s -o /dev/null -c "$jar" -b "$jar" -d "j_username=ana&j_password=atende" "$url/j_security_check"
stats() { sort -n | awk '{ t[NR] = $1 } END { printf "min %.0f ms, median %.0f ms, max %.0f ms over %d runs\n", t[1] * 1000, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000, NR }'; }
echo; echo "== HTTP: queue page (count + first page, rendered) =="
curl -s -o /dev/null -b "$jar" "$url/cases/queue.xhtml" # warm-up
for _ in $(seq 1 "$runs"); do curl -s -o /dev/null -w "%{time_total}\n" -b "$jar" "$url/cases/queue.xhtml"; done | stats
search_once() {
  scope="$1"
  body="${2:-/dev/null}"
  state=$(curl -s -c "$jar" -b "$jar" "$url/cases/search.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o "$body" -w "%{time_total}\n" -c "$jar" -b "$jar" \
    --data-urlencode "searchForm=searchForm" --data-urlencode "searchForm:terms=$words" \
    --data-urlencode "searchForm:mode=ANY_WORD" --data-urlencode "searchForm:scope_input=$scope" \
    --data-urlencode "searchForm:search=searchForm:search" --data-urlencode "jakarta.faces.ViewState=$state" \
    "$url/cases/search.xhtml"
}
for scope in SUBJECT ALL; do
  echo; echo "== HTTP: search postback for \"$words\", scope $scope (count + first page, rendered) =="
  page=$(mktemp)
  search_once "$scope" "$page" > /dev/null # warm-up, and a check that the page shows search results
  grep -q 'id="searchForm:found"' "$page" || { echo "the search page showed no result table" >&2; exit 1; }
  rm -f "$page"
  for _ in $(seq 1 "$runs"); do search_once "$scope"; done | stats
done
rm -f "$jar"
