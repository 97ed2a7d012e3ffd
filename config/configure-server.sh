#!/usr/bin/env bash
# Applies the versioned CLI scripts in cli/ to the unpacked WildFly, offline (embed-server), producing two server
# configurations that differ only in their datasource: atende-h2.xml (the zero-set-up default) and
# atende-postgresql.xml. With "cluster" as second argument (run-cluster.sh), the two of a cluster instead:
# atende-cluster.xml (a node: the PostgreSQL one built on WildFly's standalone-ha.xml, plus cli/cluster.cli) and
# atende-balancer.xml (standalone-load-balancer.xml plus cli/balancer.cli); not made by the build, whose time the
# test command pays and which no test needs them for. Re-runs only when a script changed, always starting again from
# WildFly's own configurations.
set -euo pipefail
server_home="$1"
configurations="${2:-single}"
here="$(cd "$(dirname "$0")" && pwd)"
config_dir="$server_home/standalone/configuration"
marker="$config_dir/.atende-cli.sha256"
[ "$configurations" = "cluster" ] && marker="$config_dir/.atende-cluster-cli.sha256"

checksum=$(cat "$here"/cli/*.cli "$0" | sha256sum | cut -d' ' -f1)
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$checksum" ]; then
  echo "WildFly configuration is up to date ($server_home)"
  exit 0
fi

# configure <new configuration> <WildFly configuration it starts from> <CLI scripts...>
configure() {
  local server_config="$1" base="$2"
  shift 2
  cp "$config_dir/$base" "$config_dir/$server_config"
  script=$(mktemp)
  {
    echo "embed-server --server-config=$server_config --std-out=discard"
    for cli in "$@"; do cat "$here/cli/$cli"; echo; done
    echo "stop-embedded-server"
  } > "$script"
  echo "Configuring $server_config"
  log=$(mktemp)
  if ! JAVA_OPTS="${JAVA_OPTS:-} -Djboss.server.log.dir=$(mktemp -d)" "$server_home/bin/jboss-cli.sh" --file="$script" > "$log" 2>&1; then
    cat "$log" >&2
    exit 1
  fi
  rm -f "$script" "$log"
}

if [ "$configurations" = "cluster" ]; then
  configure atende-cluster.xml standalone-ha.xml common.cli datasource-postgresql.cli security.cli mail.cli batch.cli \
    cluster.cli
  configure atende-balancer.xml standalone-load-balancer.xml balancer.cli
else
  for database in h2 postgresql; do
    configure "atende-$database.xml" standalone.xml common.cli "datasource-$database.cli" security.cli mail.cli batch.cli
  done
fi
# The embedded server leaves history behind that would confuse later starts.
rm -rf "$config_dir/standalone_xml_history" "$server_home/standalone/data/content"
echo "$checksum" > "$marker"
