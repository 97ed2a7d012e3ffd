# The set-up the commands share (./test.sh, ./run-cluster.sh, bench/*.sh), sourced by them from the checkout's root:
# each command prepares a fresh Debian machine by itself, and these steps keep them doing it alike.
# shellcheck shell=bash

# as_root <command...>: runs the command as root (directly when the caller is root, through sudo otherwise).
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# install_missing <command>=<package>...: installs, in one apt-get, the Debian packages whose command is not on the
# PATH (e.g. install_missing chromium=chromium chromedriver=chromium-driver).
install_missing() {
  local pair missing=()
  for pair in "$@"; do
    command -v "${pair%%=*}" > /dev/null || missing+=("${pair#*=}")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > /dev/null
}

# start_postgresql: installs PostgreSQL when missing, creates the machine's cluster when there is none and starts it
# when it is stopped; sets pg_port and pg_log (its log file) for the caller.
start_postgresql() {
  install_missing pg_ctlcluster=postgresql
  local cluster version
  cluster=$(pg_lsclusters -h | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    as_root pg_createcluster "$version" main > /dev/null
    cluster="$version main"
  fi
  if ! pg_lsclusters -h | awk 'NR==1 {print $4}' | grep -q online; then
    # shellcheck disable=SC2086 # the version and the name of the cluster, two arguments
    as_root pg_ctlcluster --skip-systemctl-redirect $cluster start
  fi
  pg_port=$(pg_lsclusters -h | awk 'NR==1 {print $3}')
  # shellcheck disable=SC2034 # read by the callers
  pg_log=$(pg_lsclusters -h | awk 'NR==1 {print $7}')
}

# psql_admin <psql arguments...>: psql as the superuser on the machine's cluster (after start_postgresql).
psql_admin() { as_root runuser -u postgres -- psql -p "$pg_port" -v ON_ERROR_STOP=1 -qAt "$@"; }

# pg_database <database> <owner> [--fresh]: the login role <owner> (its password is its name) and the database it
# owns, each created when missing; --fresh drops the database first (closing its connections).
pg_database() {
  local database="$1" owner="$2"
  [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$owner'")" = "1" ] ||
    psql_admin -c "CREATE ROLE $owner LOGIN PASSWORD '$owner'" > /dev/null
  if [ "${3:-}" = "--fresh" ]; then
    psql_admin -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" > /dev/null
  fi
  [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" = "1" ] ||
    psql_admin -c "CREATE DATABASE $database OWNER $owner" > /dev/null
}
