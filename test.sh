#!/usr/bin/env bash
# Tests Atende on this machine, doing its own set-up: installs Debian's chromium and chromium-driver and
# PostgreSQL when missing, starts PostgreSQL and (re)creates the test database, then builds everything and runs
# every test: unit tests, Arquillian tests in a managed WildFly on H2 and on PostgreSQL, the GreenMail mail tests
# and the headless-Chromium browser tests.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# PostgreSQL: start the machine's cluster if it is stopped, then a fresh database for this run.
cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  as_root pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
if ! pg_lsclusters -h | awk 'NR==1 {print $4}' | grep -q online; then
  as_root pg_ctlcluster --skip-systemctl-redirect $cluster start
fi
port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
psql_admin() { as_root runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
# ATENDE_TEST_DB names another database, for a second checkout testing at the same time.
db=${ATENDE_TEST_DB:-atende_test}
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'atende_test'")" != "1" ]; then
  psql_admin -c "CREATE ROLE atende_test LOGIN PASSWORD 'atende_test'"
fi
psql_admin -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)"
psql_admin -c "CREATE DATABASE ${db} OWNER atende_test"

./mvnw -B verify -Datende.test.db.url="jdbc:postgresql://127.0.0.1:${port}/${db}" "$@"
