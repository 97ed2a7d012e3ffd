#!/usr/bin/env bash
# The plans of every query behind the case page, as PostgreSQL ran them: EXPLAIN ANALYZE by auto_explain, with the
# real parameters, for one view of the largest client's case and one of the 1,200-entry case (bench/load.sh's
# data; run bench/load.sh first, which fills atende_bench). auto_explain is switched on for the atende_bench
# database only while this script's server runs, then off again.
#   bench/case-page-explain.sh > plans.txt
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/machine.sh
source scripts/machine.sh
start_postgresql
sql() { PGPASSWORD=atende_bench psql -h 127.0.0.1 -p "$pg_port" -U atende_bench -d atende_bench -v ON_ERROR_STOP=1 -qAt "$@"; }
[ "$(sql -c "SELECT to_regclass('public.bench_fill') IS NOT NULL")" = "t" ] || { echo "Run bench/load.sh first" >&2; exit 1; }
IFS='|' read -r largest_case long_case < <(sql -c "SELECT largest_case_id, long_case_id FROM bench_fill")

auto_explain() {
  if [ "$1" = on ]; then
    psql_admin -c "ALTER DATABASE atende_bench SET session_preload_libraries = 'auto_explain'" \
      -c "ALTER DATABASE atende_bench SET auto_explain.log_min_duration = 0" \
      -c "ALTER DATABASE atende_bench SET auto_explain.log_analyze = on" \
      -c "ALTER DATABASE atende_bench SET auto_explain.log_buffers = on"
  else
    psql_admin -c "ALTER DATABASE atende_bench RESET session_preload_libraries" \
      -c "ALTER DATABASE atende_bench RESET auto_explain.log_min_duration" \
      -c "ALTER DATABASE atende_bench RESET auto_explain.log_analyze" \
      -c "ALTER DATABASE atende_bench RESET auto_explain.log_buffers"
  fi
}

offset="${BENCH_PORT_OFFSET:-0}"
http_port=$((8080 + offset))
url="http://127.0.0.1:$http_port/atende"
server_home="config/target/wildfly-39.0.1.Final"
base="bench/target/explain-server-base"
[ -f ear/target/atende.ear ] || ./mvnw -B -q package -DskipTests
rm -rf "$base" && mkdir -p "$base/deployments"
cp -r "$server_home/standalone/configuration" "$base/"
cp ear/target/atende.ear "$base/deployments/"
auto_explain on
server=""
cleanup() { [ -n "$server" ] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }; auto_explain off; }
trap cleanup EXIT
ATENDE_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/atende_bench" ATENDE_DB_USER=atende_bench \
  ATENDE_DB_PASSWORD=atende_bench ATENDE_DEMO_DATA=true LAUNCH_JBOSS_IN_BACKGROUND=1 "$server_home/bin/standalone.sh" -c atende-postgresql.xml \
  -Djboss.server.base.dir="$(pwd)/$base" -Djboss.socket.binding.port-offset="$offset" -b 127.0.0.1 > /dev/null 2>&1 &
server=$!
for _ in $(seq 1 300); do [ -f "$base/deployments/atende.ear.deployed" ] && break; sleep 1; done
[ -f "$base/deployments/atende.ear.deployed" ] || { echo "Atende did not start; see $base/log/server.log" >&2; exit 1; }

jar=$(mktemp)
curl -s -o /dev/null -c "$jar" -b "$jar" "$url/"
curl -s -o /dev/null -c "$jar" -b "$jar" -d "j_username=ana&j_password=atende" "$url/j_security_check"
for id in "$largest_case" "$long_case"; do curl -s -o /dev/null -b "$jar" "$url/cases/view.xhtml?id=$id"; done # warm-up
for id in "$largest_case" "$long_case"; do
  echo "== cases/view.xhtml?id=$id (as ana) =="
  before=$(as_root stat -c %s "$pg_log")
  curl -s -o /dev/null -b "$jar" "$url/cases/view.xhtml?id=$id"
  sleep 1
  # Every plan auto_explain logged during that one request, with its query text and timing.
  as_root tail -c +"$((before + 1))" "$pg_log" | awk '/^[0-9][0-9][0-9][0-9]-/ { shown = /plan:/ } shown' \
    | grep -v 'Query Text: \(BEGIN\|COMMIT\|SET \|SHOW \)'
done
rm -f "$jar"
