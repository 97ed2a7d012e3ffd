#!/usr/bin/env bash
# Tests Atende on this machine, doing its own set-up: installs Debian's chromium and chromium-driver and
# PostgreSQL when missing, starts PostgreSQL and (re)creates the test database, then builds everything and runs
# every test: unit tests, Arquillian tests in a managed WildFly on H2 and on PostgreSQL, the GreenMail mail tests
# and the headless-Chromium browser tests.
set -euo pipefail
cd "$(dirname "$0")"

# shellcheck source=scripts/machine.sh
source scripts/machine.sh
install_missing chromium=chromium chromedriver=chromium-driver pg_ctlcluster=postgresql
# PostgreSQL: start the machine's cluster if it is stopped, then a fresh database for this run.
start_postgresql
# ATENDE_TEST_DB names another database, for a second checkout testing at the same time.
db=${ATENDE_TEST_DB:-atende_test}
pg_database "$db" atende_test --fresh

./mvnw -B verify -Datende.test.db.url="jdbc:postgresql://127.0.0.1:${pg_port}/${db}" "$@"
