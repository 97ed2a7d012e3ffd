#!/usr/bin/env bash
# Load benchmark of issue 11: how many requests per second the agent workspace serves, and how fast, on PostgreSQL
# with a million cases, to 10 logged-in agents loading pages with wrk at 10 and at 50 connections (20 s each).
#
#   bench/load.sh
#
# One command doing its own set-up: installs wrk when missing, builds the EAR, starts PostgreSQL when stopped, creates
# the atende_bench database (role atende_bench, shared with bench/run.sh) and fills it once (bench/load-fill.sql:
# 1,000,000 cases over 60,000 parties with a long tail, the largest client holding ~25,000 cases over 4 departments,
# one of its cases with 1,200 discussion entries). The fill is skipped when the database already holds it (the
# bench_fill row), so later runs take minutes, not the fill's time. Then it starts a server of its own, logs in 10
# agents, checks every page answers with its content, warms the server up until its JIT compiler is idle (rounds of
# 20 s per page, 2 to 8), and runs wrk against:
#   case-largest-client  cases/view.xhtml?id=<an open case of the largest client>
#   case-1000-entries    cases/view.xhtml?id=<the case with 1,200 discussion entries>
#   queue                cases/queue.xhtml (the agent's department queue, the page's first view)
#   search               cases/search.xhtml?q=<words> (the similar-subject search, bookmarkable)
#   case-time-panel      cases/view.xhtml?id=<the largest client's case>&tab=time (the page opened on its time
#                        panel, as from a link: the page plus the panel's one service call, 120 time entries)
# and prints, per page and concurrency, one line
#   LOAD page=<name> conns=<n> rps=<x> p50_ms=<x> p95_ms=<x> p99_ms=<x> errors=<n>
# then the server's memory (MEMORY heap_used_mb=... rss_mb=...), then case openings per second through the API
# (bench/openings.sh: 10 s at 10 connections, each opening with its request record and outbox email, delivered to a
# development mail sink; after warm-up rounds of openings, as the pages have) as one more line, page=api-openings,
# and with BENCH_CLUSTER=1 page=api-openings-cluster on the two-node cluster of run-cluster.sh (through its balancer,
# on its own database, warmed up the same way) and page=case-cluster, a case page of the demo data through the
# balancer (the demo agents who see it logged in), and appends the run to bench/RESULTS.md.
#
# Environment:
#   BENCH_PORT_OFFSET   WildFly port offset (default 0: HTTP 8080, management 9990), so a run can sit beside others
#   BENCH_SEARCH_WORDS  words of the search page (default "certificado vencido")
#   BENCH_NOTE          a sentence recorded with the run in RESULTS.md (what was measured, how busy the machine was)
#   BENCH_MAVEN_ARGS    extra Maven arguments for the build (e.g. -o)
#   BENCH_CLUSTER       1: also the openings per second on the two-node cluster (starts and stops run-cluster.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

offset="${BENCH_PORT_OFFSET:-0}"
http_port=$((8080 + offset))
words="${BENCH_SEARCH_WORDS:-certificado vencido}"
note="${BENCH_NOTE:-}"
fill_note=""
cases=1000000
parties=60000
duration=20s
work="bench/target/load"
mkdir -p "$work"

# shellcheck source=scripts/machine.sh
source scripts/machine.sh

# --- Set-up: wrk, the EAR, PostgreSQL and the database ---------------------------------------------------------------
install_missing wrk=wrk
# package is enough: the reactor hands the ejb and web modules to the ear module; nothing goes to ~/.m2.
# shellcheck disable=SC2086 # BENCH_MAVEN_ARGS holds several arguments
./mvnw -B -q package -DskipTests ${BENCH_MAVEN_ARGS:-}

start_postgresql
pg_database atende_bench atende_bench
# The application's connections run with JIT off (config/cli/datasource-postgresql.cli); so do these.
sql() { PGOPTIONS='-c jit=off' PGPASSWORD=atende_bench psql -h 127.0.0.1 -p "$pg_port" -U atende_bench -d atende_bench -v ON_ERROR_STOP=1 -qAt "$@"; }

# --- The server: a base directory of its own, so a demo or a test run elsewhere is not disturbed ----------------------
server_home="config/target/wildfly-39.0.1.Final"
base="$work/server-base"
url="http://127.0.0.1:$http_port/atende"
server=""
# A development mail sink (GreenMail, as run.sh and run-cluster.sh have) takes the server's email, so that the
# openings' emails are delivered as on the cluster, instead of failing against no SMTP server and being retried in the
# background of every later run (before 2026-12-03: 10,825 emails of earlier runs were pending in atende_bench).
smtp_port=$((3627 + offset))
tools="config/target/tools"
[ -f "$tools/greenmail-standalone.jar" ] ||
  ./mvnw -B -q -N dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.13 -DoutputDirectory="$tools" \
    -Dmdep.stripVersion=true ${BENCH_MAVEN_ARGS:-}
java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.auth.disabled \
  -jar "$tools/greenmail-standalone.jar" > "$work/mail-sink.log" 2>&1 &
mail_sink=$!
start_server() {
  if curl -s -o /dev/null "http://127.0.0.1:$http_port/"; then
    echo "Port $http_port is taken by another server; set BENCH_PORT_OFFSET" >&2
    exit 1
  fi
  rm -rf "$base" && mkdir -p "$base/deployments"
  cp -r "$server_home/standalone/configuration" "$base/"
  cp ear/target/atende.ear "$base/deployments/"
  ATENDE_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/atende_bench" ATENDE_DB_USER=atende_bench \
    ATENDE_DB_PASSWORD=atende_bench ATENDE_DEMO_DATA=true ATENDE_SMTP_HOST=127.0.0.1 ATENDE_SMTP_PORT="$smtp_port" \
    LAUNCH_JBOSS_IN_BACKGROUND=1 "$server_home/bin/standalone.sh" -c atende-postgresql.xml \
    -Djboss.server.base.dir="$(pwd)/$base" -Djboss.socket.binding.port-offset="$offset" -b 127.0.0.1 \
    > "$work/server-console.log" 2>&1 &
  server=$! # with LAUNCH_JBOSS_IN_BACKGROUND, standalone.sh passes the stop signal on to the server
  # Generous: the first start migrates an empty database, a later one may run new migrations over a million cases.
  for _ in $(seq 1 900); do
    [ -f "$base/deployments/atende.ear.deployed" ] && return 0
    [ -f "$base/deployments/atende.ear.failed" ] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 1
  done
  echo "Atende did not start; see $base/log/server.log" >&2
  exit 1
}
stop_server() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
  fi
}
stop_all() {
  stop_server
  kill "$mail_sink" 2> /dev/null || true
}
trap stop_all EXIT

# --- The data ----------------------------------------------------------------------------------------------------------
# Flyway creates the schema and DemoData the demo company on the first start; the fill builds on both.
if [ "$(sql -c "SELECT to_regclass('public.support_case') IS NOT NULL")" != "t" ]; then
  echo "Creating the schema and the demo data (first start of the server) ..."
  start_server
  stop_server
fi
# The 10 agents of the benchmark: the demo's ACME agents (ana, bruno, carla the supervisor, diego) and six bench
# agents with ana's password (atende), roles and profile, so that every department of the generated cases has at
# least two agents to hold them. Two departments are added to ACME, so the largest client's cases spread over four.
# Idempotent; done with the server stopped, so no cache of the server holds the old rows.
sql <<'SQL'
INSERT INTO department (id, company_id, name)
SELECT nextval('department_seq'), c.id, d.name FROM company c CROSS JOIN (VALUES ('Implantação'), ('Comercial')) AS d(name)
WHERE c.code = 'ACME' AND NOT EXISTS (SELECT 1 FROM department x WHERE x.company_id = c.id AND x.name = d.name);
INSERT INTO agent (id, company_id, department_id, login, name, email, password_hash, clearance, active, version,
                   profile_id, language)
SELECT nextval('agent_seq'), ana.company_id, d.id, b.login, b.name, b.login || '@acme.example', ana.password_hash,
       ana.clearance, TRUE, 0, ana.profile_id, ana.language
FROM agent ana
CROSS JOIN (VALUES ('bench1', 'Agente de carga 1', 'Suporte'), ('bench2', 'Agente de carga 2', 'Financeiro'),
                   ('bench3', 'Agente de carga 3', 'Implantação'), ('bench4', 'Agente de carga 4', 'Implantação'),
                   ('bench5', 'Agente de carga 5', 'Comercial'), ('bench6', 'Agente de carga 6', 'Comercial'))
           AS b(login, name, department)
JOIN department d ON d.company_id = ana.company_id AND d.name = b.department
WHERE ana.login = 'ana' AND NOT EXISTS (SELECT 1 FROM agent x WHERE x.login = b.login);
INSERT INTO agent_role (agent_id, role_name)
SELECT b.id, r.role_name FROM agent b CROSS JOIN agent ana JOIN agent_role r ON r.agent_id = ana.id
WHERE ana.login = 'ana' AND b.login LIKE 'bench_'
  AND NOT EXISTS (SELECT 1 FROM agent_role x WHERE x.agent_id = b.id AND x.role_name = r.role_name);
SQL
agents=(ana bruno carla diego bench1 bench2 bench3 bench4 bench5 bench6)

if [ "$(sql -c "SELECT to_regclass('public.bench_fill') IS NOT NULL")" != "t" ]; then
  echo "Filling atende_bench with $cases cases over $parties parties (one transaction) ..."
  started=$(date +%s)
  sql -v cases="$cases" -v parties="$parties" -f bench/load-fill.sql
  filled=$(( $(date +%s) - started ))
  # After a bulk load, as autovacuum would do later: planner statistics, and the visibility map (index-only scans).
  # As the superuser, who may vacuum the shared catalogs too (the owner would get a warning for each).
  psql_admin -d atende_bench -c "VACUUM ANALYZE"
  fill_note="Filled in this run: ${filled} s for the fill, $(( $(date +%s) - started - filled )) s for VACUUM ANALYZE."
  echo "$fill_note"
fi
IFS='|' read -r largest_party largest_case long_case < <(sql -c "SELECT largest_party_id, largest_case_id, long_case_id FROM bench_fill")
# The time panel's data (issue 12): 120 entries of 45 minutes by two agents on the largest client's case, one hour
# apart (an agent's entries never overlap). Idempotent, like the agents above; added after the fill, so that a
# database filled before the time panel existed gets them too.
sql <<SQL
INSERT INTO time_entry (id, case_id, agent_id, start_at, end_at, minutes, nature, description, created_at)
SELECT nextval('time_entry_seq'), $largest_case, a.id,
       TIMESTAMP '2026-03-02 08:00' + (g * INTERVAL '1 hour'), TIMESTAMP '2026-03-02 08:45' + (g * INTERVAL '1 hour'),
       45, 'REMOTE', 'Apontamento de carga ' || g, localtimestamp(0)
FROM generate_series(1, 120) AS g JOIN agent a ON a.login = CASE WHEN g % 2 = 0 THEN 'ana' ELSE 'bench1' END
WHERE NOT EXISTS (SELECT 1 FROM time_entry t WHERE t.case_id = $largest_case);
SQL
# The emails of earlier runs' openings still waiting (cut off by the end of a run, or from before the mail sink) are
# set aside, as an administrator would leave them: sent now, they kept the outbox busy through the warm-up and the
# timed runs (2026-12-03: 10,825 emails, 9 a second, a third of the CPU); left waiting, their retries would come
# back in the middle of later runs.
sql -c "UPDATE outbound_email SET status = 'FAILED', last_error = 'bench/load.sh: left unsent by an earlier run'
        WHERE status IN ('PENDING', 'SENDING')"
# The cases earlier runs opened through the API (bench/openings.sh, subjects 'load-<run>-…') are deleted with what
# each opening wrote beside its case (its email, its request's record, its first discussion entry; any other row
# fails this, loudly): they were the company's newest cases, with synthetic texts matching no search, and the
# search's plan for common words walks the newest cases until the page is full (2026-12-03: 23,631 of them, 24,490
# cases walked for one page, 463 ms; search 192 -> 28.5 requests/s over four runs). Every run now times the pages
# on the same million cases.
sql << 'SQL'
CREATE TEMPORARY TABLE bench_openings AS SELECT id FROM support_case WHERE subject LIKE 'load-%';
DELETE FROM outbound_email_attachment a USING outbound_email e, bench_openings o
 WHERE a.outbound_email_id = e.id AND e.case_id = o.id;
DELETE FROM outbound_email e USING bench_openings o WHERE e.case_id = o.id;
DELETE FROM api_idempotent_request r USING bench_openings o WHERE r.case_id = o.id;
DELETE FROM discussion_entry d USING bench_openings o WHERE d.case_id = o.id;
DELETE FROM support_case c USING bench_openings o WHERE c.id = o.id;
SQL
# Their dead rows out of the indexes the pages walk, and the planner's statistics as they were.
sql -c "VACUUM (ANALYZE) support_case, discussion_entry, outbound_email, api_idempotent_request"
# The data as the pages will meet it (after the clean-up above).
shape=$(sql -F ' ' <<SQL
SELECT 'cases=' || (SELECT count(*) FROM support_case)
    || ' parties=' || (SELECT count(*) FROM party)
    || ' largest_client_cases=' || (SELECT count(*) FROM support_case WHERE party_id = $largest_party)
    || ' largest_client_departments=' || (SELECT count(DISTINCT department_id) FROM support_case WHERE party_id = $largest_party)
    || ' long_case_id=' || $long_case
    || ' long_case_entries=' || (SELECT count(*) FROM discussion_entry WHERE case_id = $long_case)
    || ' discussion_entries=' || (SELECT count(*) FROM discussion_entry)
SQL
)
echo "DATA $shape"

# --- Log in the 10 agents ----------------------------------------------------------------------------------------------
start_server
sessions=()
for agent in "${agents[@]}"; do
  jar="$work/cookies-$agent"
  rm -f "$jar"
  # FORM login: a protected page first (the server remembers it), then the credentials; the session id changes on
  # login, so the cookie kept is the one after it.
  curl -s -o /dev/null -c "$jar" -b "$jar" "$url/cases/queue.xhtml"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "j_username=$agent" --data-urlencode "j_password=atende" \
    "$url/j_security_check"
  sessions+=("$(awk '$6 == "JSESSIONID" { value = $7 } END { print value }' "$jar")")
done
cookies=$(IFS=,; echo "${sessions[*]}")

# --- The pages, each checked for every agent before it is timed --------------------------------------------------------
largest_number=$(sql -c "SELECT case_number FROM support_case WHERE id = $largest_case")
long_number=$(sql -c "SELECT case_number FROM support_case WHERE id = $long_case")
search_query=$(printf '%s' "$words" | sed 's/ /+/g')
pages=(case-largest-client case-1000-entries queue search case-time-panel)
declare -A path=(
  [case-largest-client]="/atende/cases/view.xhtml?id=$largest_case"
  [case-1000-entries]="/atende/cases/view.xhtml?id=$long_case"
  [queue]="/atende/cases/queue.xhtml"
  [search]="/atende/cases/search.xhtml?q=$search_query"
  [case-time-panel]="/atende/cases/view.xhtml?id=$largest_case&tab=time"
)
# What each page must show (fixed text, not ids of the markup, so the check survives a redesign): the case's number,
# or a link to a case (a row of the queue or of the search results).
declare -A expect=(
  [case-largest-client]="$largest_number"
  [case-1000-entries]="$long_number"
  [queue]="view.xhtml?id="
  [search]="view.xhtml?id="
  [case-time-panel]="Apontamento de carga"
)
for page in "${pages[@]}"; do
  for i in "${!agents[@]}"; do
    body="$work/check-$page.html"
    status=$(curl -s -o "$body" -w "%{http_code}" -b "JSESSIONID=${sessions[$i]}" "http://127.0.0.1:$http_port${path[$page]}")
    if [ "$status" != 200 ] || grep -q j_security_check "$body" || ! grep -qF "${expect[$page]}" "$body"; then
      echo "Page $page for ${agents[$i]} answered $status without \"${expect[$page]}\" (login page or error); see $body" >&2
      exit 1
    fi
  done
done
echo "Every page answers every agent with its content; warming up ..."
# How busy the machine is before we load it (our own server's threads count in the figure during the runs).
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# The server's JIT compiler and caches warm up on every page before any is timed (not reported). The figures are
# those of a server in its steady state, as it is after minutes in use: with a fixed warm-up (10 s per page, later two
# rounds of 20 s), HotSpot's C2 compiler was still compiling the pages' code through the timed runs on a slower
# machine, taking a good part of one of the two cores, and a run's figures moved by a third with the machine it ran
# on (session 12: the same EAR at 56 and at 90 requests/s). So rounds of 20 s per page go on until a round in which
# the JIT compiler threads used under 5 % of the round's time (at least 2 rounds, at most 8); how many it took and
# the compilers' CPU in the last one are recorded with the run.
java_pid=$(pgrep -P "$server" java)
# CPU time (clock ticks) of the compiler threads ("C1 CompilerThre", "C2 CompilerThre") of the given JVMs: fields 14
# and 15 of each thread's stat, counted after the command name, which may hold spaces.
# An "if", not "grep && sed": with pipefail, a last thread that is no compiler would fail the whole function (and
# the script, under set -e), as it did on 2026-12-03; a thread may also end while it is read.
jit_ticks() {
  local pid task
  for pid in "$@"; do
    for task in /proc/"$pid"/task/*; do
      if grep -q Compiler "$task/comm" 2> /dev/null; then
        sed 's/^.*) //' "$task/stat" 2> /dev/null || true
      fi
    done
  done | awk '{ sum += $12 + $13 } END { print sum + 0 }'
}
ticks_per_s=$(getconf CLK_TCK)
# warm_up <what> "<JVM pids>" <command...>: runs the command (one round) until a round in which the JVMs' JIT
# compilers used under 5 % of a core (at least 2 rounds, at most 8); sets warm_rounds and jit_pct.
warm_up() {
  local what="$1" pids="$2" started before
  shift 2
  warm_rounds=0
  while :; do
    warm_rounds=$((warm_rounds + 1))
    started=$(date +%s)
    # shellcheck disable=SC2086 # the pids, one word each
    before=$(jit_ticks $pids)
    "$@"
    # shellcheck disable=SC2086
    jit_pct=$(awk -v t="$(( $(jit_ticks $pids) - before ))" -v hz="$ticks_per_s" -v s="$(( $(date +%s) - started ))" \
      'BEGIN { printf "%.1f", 100 * t / hz / (s > 0 ? s : 1) }')
    echo "Warm-up ($what) round $warm_rounds: JIT compilers used $jit_pct % of a core"
    if [ "$warm_rounds" -ge 8 ] || { [ "$warm_rounds" -ge 2 ] && awk -v p="$jit_pct" 'BEGIN { exit !(p < 5) }'; }; then
      return 0
    fi
  done
}
pages_round() {
  for page in "${pages[@]}"; do
    wrk -t2 -c10 -d20s --timeout 60s -s bench/load.lua "http://127.0.0.1:$http_port${path[$page]}" -- "$page" "$cookies" \
      > /dev/null
  done
}
warm_up pages "$java_pid" pages_round
warm_note="Warm-up: $warm_rounds rounds of 20 s per page, JIT compilers at $jit_pct % of a core in the last."
echo "$warm_note"

# --- The timed runs ----------------------------------------------------------------------------------------------------
# An overloaded server keeps working on the requests wrk abandons at the end of a run; each run starts once it answers
# a light page (the login form) promptly again, so that it is not charged with the previous run's backlog.
drain() {
  for _ in $(seq 1 90); do
    took=$(curl -s -o /dev/null -w '%{time_total}' --max-time 10 "$url/login.xhtml" || echo 10)
    awk -v took="$took" 'BEGIN { exit !(took < 0.5) }' && return 0
    sleep 2
  done
}
results=()
for conns in 10 50; do
  for page in "${pages[@]}"; do
    drain
    # --timeout 60s: every answer within the run is measured however slow (wrk would drop one slower than its 2 s
    # default from the percentiles); load.lua counts a request left unanswered for more than 10 s as an error.
    wrk -t2 -c"$conns" -d"$duration" --timeout 60s --latency -s bench/load.lua \
      "http://127.0.0.1:$http_port${path[$page]}" -- "$page" "$cookies" > "$work/wrk-$page-$conns.txt"
    line="LOAD page=$page conns=$conns $(tail -1 "$work/wrk-$page-$conns.txt")"
    echo "$line"
    results+=("$line")
  done
done

# The server's memory after the load: heap in use (G1's own figure) and the resident size of the process.
heap_kb=$(jcmd "$java_pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9')
rss_kb=$(ps -o rss= -p "$java_pid" | tr -dc '0-9')
memory="MEMORY heap_used_mb=$((heap_kb / 1024)) rss_mb=$((rss_kb / 1024))"
echo "$memory"

# --- Case openings per second through the API (issue 18) ---------------------------------------------------------------
# 10 s of wrk at 10 connections against POST /api/v1/cases (bench/openings.sh): each request opens a case with the
# record of its request and its opening email in the outbox. On this server, then, with BENCH_CLUSTER=1, on the
# two-node cluster of run-cluster.sh (its own database, atende_cluster) through its balancer, once this server is
# stopped.
# The openings' code (the API, the outbox's sending) warms up as the pages' did, in rounds of 20 s of openings (before
# 2026-12-03 they were timed cold: the cluster's 5.7 openings/s of that day were mostly its JIT compilers at work;
# warmed by hand, the same cluster opened 55 a second).
openings_round() { bench/openings.sh warm-up "$1" "$2" 20 > /dev/null 2>&1 || true; }
warm_up openings "$java_pid" openings_round "$url" atende_bench
openings_warm="$warm_rounds rounds of openings, JIT at $jit_pct %"
drain
# A failed check (an opening without its case, record or email) is reported, and the run is still recorded.
line=$(bench/openings.sh api-openings "$url" atende_bench) || echo "bench/openings.sh: the openings' check failed" >&2
echo "$line"
results+=("$line")
if [ "${BENCH_CLUSTER:-}" = "1" ]; then
  stop_server
  cluster_dir="$work/cluster"
  ATENDE_CLUSTER_DIR="$cluster_dir" ATENDE_CLUSTER_MAVEN_ARGS="${BENCH_MAVEN_ARGS:-}" ./run-cluster.sh \
    > "$work/cluster.log" 2>&1 &
  cluster=$!
  for _ in $(seq 1 900); do
    [ -f "$cluster_dir/ready" ] || ! kill -0 "$cluster" 2> /dev/null && break
    sleep 1
  done
  if [ -f "$cluster_dir/ready" ]; then
    balancer="http://127.0.0.1:$((8080 + ${ATENDE_CLUSTER_BALANCER_OFFSET:-1000}))/atende"
    warm_up "cluster openings" "$(cat "$cluster_dir/node1.pid") $(cat "$cluster_dir/node2.pid")" openings_round \
      "$balancer" "${ATENDE_CLUSTER_DB:-atende_cluster}"
    openings_warm="$openings_warm; cluster: $warm_rounds rounds, JIT at $jit_pct % on the two nodes"
    line=$(bench/openings.sh api-openings-cluster "$balancer" "${ATENDE_CLUSTER_DB:-atende_cluster}") ||
      echo "bench/openings.sh: the openings' check failed on the cluster" >&2
    echo "$line"
    results+=("$line")
    # The case page on the cluster, through the balancer: the demo agents who see the demo case with the longest
    # conversation log in (their sessions stick to the node the balancer gave them, replicated to the other), then
    # rounds of 20 s until the two nodes' JIT compilers idle, then 20 s at 10 connections. The cluster's database
    # holds the demo data and the openings of these runs, not the million cases: the figure is the cluster's cost
    # per page (the balancer's hop, the replicated session), next to the single server's case pages above.
    csql() {
      PGPASSWORD="${ATENDE_CLUSTER_DB:-atende_cluster}" psql -h 127.0.0.1 -p "$pg_port" -U "${ATENDE_CLUSTER_DB:-atende_cluster}" \
        -d "${ATENDE_CLUSTER_DB:-atende_cluster}" -v ON_ERROR_STOP=1 -qAt "$@"
    }
    IFS='|' read -r cluster_case cluster_number < <(csql -c "SELECT c.id, c.case_number FROM support_case c
      JOIN discussion_entry d ON d.case_id = c.id GROUP BY c.id, c.case_number ORDER BY count(*) DESC, c.id LIMIT 1")
    cluster_sessions=()
    for agent in ana bruno carla diego elisa; do
      jar="$work/cluster-cookies-$agent"
      rm -f "$jar"
      curl -s -o /dev/null -c "$jar" -b "$jar" "$balancer/cases/queue.xhtml"
      curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "j_username=$agent" --data-urlencode "j_password=atende" \
        "$balancer/j_security_check"
      session=$(awk '$6 == "JSESSIONID" { value = $7 } END { print value }' "$jar")
      if curl -s -b "JSESSIONID=$session" "$balancer/cases/view.xhtml?id=$cluster_case" | grep -qF "$cluster_number"; then
        cluster_sessions+=("$session")
      fi
    done
    if [ "${#cluster_sessions[@]}" -gt 0 ]; then
      cluster_cookies=$(IFS=,; echo "${cluster_sessions[*]}")
      cluster_page_round() {
        wrk -t2 -c10 -d20s --timeout 60s -s bench/load.lua "$balancer/cases/view.xhtml?id=$cluster_case" -- \
          case-cluster "$cluster_cookies" > /dev/null
      }
      warm_up "cluster case page" "$(cat "$cluster_dir/node1.pid") $(cat "$cluster_dir/node2.pid")" cluster_page_round
      openings_warm="$openings_warm; the cluster's case page: $warm_rounds rounds, JIT at $jit_pct %"
      wrk -t2 -c10 -d"$duration" --timeout 60s --latency -s bench/load.lua "$balancer/cases/view.xhtml?id=$cluster_case" \
        -- case-cluster "$cluster_cookies" > "$work/wrk-case-cluster.txt"
      line="LOAD page=case-cluster conns=10 $(tail -1 "$work/wrk-case-cluster.txt")"
      echo "$line (${#cluster_sessions[@]} agents, case $cluster_number)"
      results+=("$line")
    else
      echo "No demo agent sees case $cluster_number on the cluster; its case page was not timed" >&2
    fi
  else
    echo "The cluster did not come up; see $work/cluster.log" >&2
  fi
  kill "$cluster" 2> /dev/null || true
  wait "$cluster" 2> /dev/null || true
fi

# --- bench/RESULTS.md keeps every run, so that a regression shows --------------------------------------------------------
results_file=bench/RESULTS.md
if [ ! -f "$results_file" ]; then
  cat > "$results_file" <<'MD'
# Load benchmark results (bench/load.sh)

Every run of `bench/load.sh` appends a section here; earlier runs are kept so that a regression shows.

**What is measured.** PostgreSQL with 1,000,000 cases over 60,000 parties (long tail: the largest client, Metalúrgica
Horizonte, holds ~25,500 cases over 4 departments; one of its cases has 1,200 discussion entries; a quarter of the
other cases have 1 to 4 entries). 10 agents are logged in (ana, bruno, carla, diego, bench1–bench6); wrk sends each
request with the next agent's session cookie, for 20 s at 10 and then at 50 connections (2 threads, 127.0.0.1, after a
warm-up of two rounds of 20 s over the four pages, 10 s per page before 2026-12-01 18:30; each run starts once the
server answers the login page within 0.5 s again). Pages:

- `case-largest-client`: `cases/view.xhtml?id=…`, an open case of the largest client;
- `case-1000-entries`: `cases/view.xhtml?id=…`, the case with 1,200 discussion entries;
- `queue`: `cases/queue.xhtml`, the agent's department queue (first view of the page);
- `search`: `cases/search.xhtml?q=certificado+vencido`, the similar-subject search (any word, everywhere);
- `case-time-panel` (since 2026-12-02): `cases/view.xhtml?id=…&tab=time`, the largest client's case opened on its
  time panel (120 time entries), as from a link to the tab.

`rps` is requests per second, `p50_ms`/`p95_ms`/`p99_ms` the latency percentiles in milliseconds (wrk's own
histogram), `errors` the responses that were not 2xx or were the login page, plus socket errors and timeouts (30 s).
`MEMORY` is the server's heap in use after the runs (`jcmd GC.heap_info`) and its resident size (`ps rss`). The
machine has 2 cores shared with other developers: figures move with their builds, compare runs with care.

**Before issue 11** (from the issue, measured on the data of `bench/run.sh`, 10 connections, 20 s): case page 6.1
requests/s, p50 1.52 s, p95 2.15 s (a second run 5.2/s); department queue 2.8 requests/s, p50 3.30 s, p95 5.00 s
(a second run 2.6/s); `bench/run.sh`'s own HTTP timing of the queue page: median 531 ms. Targets of issue 11 at 10
connections: case pages >= 150 requests/s with p95 <= 150 ms, queue >= 100 requests/s with p95 <= 150 ms, search
>= 50 requests/s with p95 <= 200 ms; at 50 connections no errors and p95 <= 600 ms; heap in use under 768 MB.
MD
fi
{
  echo
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') · commit $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))$(git diff --quiet HEAD -- ejb web config ear || echo ', uncommitted changes')"
  echo
  [ -n "$note" ] && echo "$note" && echo
  echo "Machine: $(nproc) cores shared with other developers; load average $load_before before the warm-up, $(cut -d' ' -f1-3 /proc/loadavg) after the runs. Data: $shape.${fill_note:+ $fill_note} $warm_note Openings warmed up by $openings_warm."
  echo
  echo '```'
  printf '%s\n' "${results[@]}"
  echo "$memory"
  echo '```'
} >> "$results_file"
echo "Appended to $results_file"
