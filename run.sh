#!/usr/bin/env bash
# Runs Atende for a demo on this machine: builds it, provisions WildFly (unpacked from Maven Central and
# configured by config/cli), starts a development mail sink and the server on embedded H2 with demo data, and
# prints the address and the demo logins. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -B -q install -DskipTests

server_home="config/target/wildfly-39.0.1.Final"
tools="config/target/tools"
./mvnw -B -q -N dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.13 -DoutputDirectory="$tools" \
  -Dmdep.stripVersion=true
greenmail_jar="$tools/greenmail-standalone.jar"

# Development mail sink: accepts every message on 127.0.0.1:2525, where the server's mail session sends,
# unless ATENDE_SMTP_HOST names a real SMTP server.
mkdir -p "$server_home/standalone/log"
mail_sink=
if [ -z "${ATENDE_SMTP_HOST:-}" ]; then
  java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=2525 -Dgreenmail.auth.disabled \
    -jar "$greenmail_jar" > "$server_home/standalone/log/mail-sink.log" 2>&1 &
  mail_sink=$!
fi

# ATENDE_DATABASE=postgresql runs on PostgreSQL (with ATENDE_DB_URL, ATENDE_DB_USER, ATENDE_DB_PASSWORD);
# the default is the embedded H2 database under the server's data directory.
server_config="atende-${ATENDE_DATABASE:-h2}.xml"

# --tls (or ATENDE_TLS=true): serve over HTTPS on port 8443 (ATENDE_TLS_PORT) and redirect plain HTTP there, with
# the PKCS12 key pair in ATENDE_TLS_KEYSTORE (a file name under the server's configuration directory) whose password
# is ATENDE_TLS_KEYSTORE_PASSWORD. When the file does not exist, a self-signed key pair for localhost and
# 127.0.0.1 is generated: fine for trying it out, never for a real server (browsers warn about it).
if [ "${1:-}" = "--tls" ]; then ATENDE_TLS=true; fi
if [ "${ATENDE_TLS:-false}" = "true" ]; then
  config_dir="$server_home/standalone/configuration"
  export ATENDE_TLS_KEYSTORE="${ATENDE_TLS_KEYSTORE:-atende-tls.p12}"
  export ATENDE_TLS_KEYSTORE_PASSWORD="${ATENDE_TLS_KEYSTORE_PASSWORD:-atende-local}"
  if [ ! -f "$config_dir/$ATENDE_TLS_KEYSTORE" ]; then
    keytool -genkeypair -alias atende -keyalg RSA -keysize 3072 -validity 365 -storetype PKCS12 \
      -keystore "$config_dir/$ATENDE_TLS_KEYSTORE" -storepass "$ATENDE_TLS_KEYSTORE_PASSWORD" \
      -dname "CN=localhost" -ext "SAN=dns:localhost,ip:127.0.0.1" > /dev/null 2>&1
  fi
  tls_config="${server_config%.xml}-tls.xml"
  cp "$config_dir/$server_config" "$config_dir/$tls_config"
  { echo "embed-server --server-config=$tls_config --std-out=discard"; cat config/cli/tls.cli; echo "stop-embedded-server"; } \
    > "$config_dir/tls.cli.run"
  "$server_home/bin/jboss-cli.sh" --file="$config_dir/tls.cli.run" > /dev/null
  rm -f "$config_dir/tls.cli.run"
  rm -rf "$config_dir/standalone_xml_history"
  server_config="$tls_config"
fi

# The demo asks for the demo data (a server started without ATENDE_DEMO_DATA=true gets no demo logins).
export ATENDE_DEMO_DATA=true
rm -f "$server_home"/standalone/deployments/atende.ear.*
cp ear/target/atende.ear "$server_home/standalone/deployments/"
LAUNCH_JBOSS_IN_BACKGROUND=1 "$server_home/bin/standalone.sh" -c "$server_config" -b "${ATENDE_BIND_ADDRESS:-127.0.0.1}" > /dev/null 2>&1 &
server=$! # with LAUNCH_JBOSS_IN_BACKGROUND, standalone.sh passes the stop signal on to the server
trap 'kill $server $mail_sink 2>/dev/null; wait 2>/dev/null' EXIT INT TERM

echo "Starting Atende (log: $server_home/standalone/log/server.log) ..."
for _ in $(seq 1 180); do
  if [ -f "$server_home/standalone/deployments/atende.ear.deployed" ]; then break; fi
  if [ -f "$server_home/standalone/deployments/atende.ear.failed" ]; then
    echo "Deployment failed; see $server_home/standalone/log/server.log" >&2
    exit 1
  fi
  sleep 1
done
if [ ! -f "$server_home/standalone/deployments/atende.ear.deployed" ]; then
  echo "Atende did not start within 3 minutes; see $server_home/standalone/log/server.log" >&2
  exit 1
fi
cat <<'INFO'

Atende is running at http://127.0.0.1:8080/atende/ (with --tls: https://localhost:8443/atende/)

Demo logins (password "atende" for all):
  ana    agent, clearance 1, department Suporte
  bruno  agent, clearance 0, department Suporte
  carla  supervisor (and agent), clearance 3, department Suporte
  diego  agent, clearance 1, department Financeiro
  elisa  agent, clearance 1, company ACME Serviços
  admin  administrator: the mail Atende sent ("E-mails enviados") and system settings

Mail goes to a development mail sink on 127.0.0.1:2525; log in as admin to read it.
Press Ctrl+C to stop.
INFO
wait $server
