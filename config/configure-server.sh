#!/usr/bin/env bash
# Applies the versioned CLI scripts in cli/ to the unpacked WildFly, offline (embed-server), producing two server
# configurations that differ only in their datasource: atende-h2.xml (the zero-set-up default) and
# atende-postgresql.xml. Re-runs only when a script changed, always starting again from WildFly's own standalone.xml.
set -euo pipefail
server_home="$1"
here="$(cd "$(dirname "$0")" && pwd)"
config_dir="$server_home/standalone/configuration"
marker="$config_dir/.atende-cli.sha256"

checksum=$(cat "$here"/cli/*.cli "$0" | sha256sum | cut -d' ' -f1)
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$checksum" ]; then
  echo "WildFly configuration is up to date ($server_home)"
  exit 0
fi

for database in h2 postgresql; do
  server_config="atende-$database.xml"
  cp "$config_dir/standalone.xml" "$config_dir/$server_config"
  script=$(mktemp)
  {
    echo "embed-server --server-config=$server_config --std-out=discard"
    cat "$here/cli/common.cli" "$here/cli/datasource-$database.cli" "$here/cli/security.cli" "$here/cli/mail.cli" "$here/cli/batch.cli"
    echo "stop-embedded-server"
  } > "$script"
  echo "Configuring $server_config"
  log=$(mktemp)
  if ! JAVA_OPTS="${JAVA_OPTS:-} -Djboss.server.log.dir=$(mktemp -d)" "$server_home/bin/jboss-cli.sh" --file="$script" > "$log" 2>&1; then
    cat "$log" >&2
    exit 1
  fi
  rm -f "$script" "$log"
done
# The embedded server leaves history behind that would confuse later starts.
rm -rf "$config_dir/standalone_xml_history" "$server_home/standalone/data/content"
echo "$checksum" > "$marker"
