#!/usr/bin/env bash
# Runs Atende as a cluster on this machine (issue 18): PostgreSQL, two Atende nodes (WildFly's HA profile, sessions
# replicated over JGroups on the loopback) and a third WildFly in front as the balancer (Undertow's reverse proxy,
# sticky sessions with failover), everything on 127.0.0.1. Builds the EAR when it is missing or older than the
# sources, starts PostgreSQL when stopped, creates the database (migrated by the first node), starts a development
# mail sink, then node1, node2 and the balancer; waits until the login page answers through the balancer, prints the
# address and stops everything on Ctrl+C.
#
#   ./run-cluster.sh            keeps the database of an earlier run
#   ./run-cluster.sh --fresh    drops and recreates it first
#
# Environment (defaults in brackets):
#   ATENDE_CLUSTER_BALANCER_OFFSET [1000]  port offset of the balancer (HTTP 8080 + offset: 9080)
#   ATENDE_CLUSTER_NODE1_OFFSET    [1100]  port offset of node1 (HTTP 9180, management 11090, JGroups 8700)
#   ATENDE_CLUSTER_NODE2_OFFSET    [1200]  port offset of node2 (HTTP 9280, management 11190, JGroups 8800)
#   ATENDE_CLUSTER_DB              [atende_cluster]  the database, owned by the role of the same name
#   ATENDE_CLUSTER_SMTP_PORT       [3626]  the development mail sink's SMTP port (unless ATENDE_SMTP_HOST is set)
#   ATENDE_CLUSTER_DIR             [target/cluster]  where each server keeps its configuration, logs, data and the
#                                  pid of its Java process (node1.pid, node2.pid, balancer.pid), for the fault tests
# A file "ready" appears in ATENDE_CLUSTER_DIR once the balancer serves the login page (bench/faults.sh waits on it).
set -euo pipefail
cd "$(dirname "$0")"

balancer_offset="${ATENDE_CLUSTER_BALANCER_OFFSET:-1000}"
node1_offset="${ATENDE_CLUSTER_NODE1_OFFSET:-1100}"
node2_offset="${ATENDE_CLUSTER_NODE2_OFFSET:-1200}"
db="${ATENDE_CLUSTER_DB:-atende_cluster}"
smtp_port="${ATENDE_CLUSTER_SMTP_PORT:-3626}"
work="${ATENDE_CLUSTER_DIR:-target/cluster}"
# The servers are given absolute paths (base directories, pid files); a relative ATENDE_CLUSTER_DIR is under here.
case "$work" in /*) ;; *) work="$(pwd)/$work" ;; esac
server_home="config/target/wildfly-39.0.1.Final"
balancer_url="http://127.0.0.1:$((8080 + balancer_offset))/atende/"

# shellcheck source=scripts/machine.sh
source scripts/machine.sh

for offset in "$balancer_offset" "$node1_offset" "$node2_offset"; do
  if curl -s -o /dev/null "http://127.0.0.1:$((8080 + offset))/"; then
    echo "Port $((8080 + offset)) is taken by another server; set ATENDE_CLUSTER_*_OFFSET" >&2
    exit 1
  fi
done

# --- The EAR and the cluster's server configurations ------------------------------------------------------------------
if [ ! -f ear/target/atende.ear ] ||
  [ -n "$(find pom.xml config ejb/src web/src api/src ear -newer ear/target/atende.ear -type f -not -path '*/target/*' -print -quit)" ]; then
  echo "Building Atende ..."
  # shellcheck disable=SC2086 # ATENDE_CLUSTER_MAVEN_ARGS holds several arguments
  ./mvnw -B -q package -DskipTests ${ATENDE_CLUSTER_MAVEN_ARGS:-}
fi
# atende-cluster.xml and atende-balancer.xml from config/cli (cluster.cli, balancer.cli): made here, not by the build.
bash config/configure-server.sh "$server_home" cluster

# --- PostgreSQL and the database ------------------------------------------------------------------------------------
start_postgresql
pg_database "$db" "$db" "${1:-}"

# --- The servers ----------------------------------------------------------------------------------------------------
pids=()
stop_all() {
  # A second INT or TERM while stopping is ignored, not left to its default action, which ended this script before
  # its servers were down (timeout(1) sends its TERM twice: to the script and to its process group) and the next
  # start found their ports taken.
  trap '' INT TERM
  trap - EXIT
  rm -f "$work/ready"
  # The balancer first, so no request reaches a node on its way down; every server is asked to stop, then waited for.
  local i
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[$i]}" 2> /dev/null || true; done
  wait 2> /dev/null || true
}
trap stop_all EXIT
trap 'exit 130' INT TERM

rm -rf "$work" && mkdir -p "$work"

# Development mail sink, as in run.sh, on a port of its own.
if [ -z "${ATENDE_SMTP_HOST:-}" ]; then
  tools="config/target/tools"
  [ -f "$tools/greenmail-standalone.jar" ] ||
    ./mvnw -B -q -N dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.13 -DoutputDirectory="$tools" \
      -Dmdep.stripVersion=true
  java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.auth.disabled \
    -jar "$tools/greenmail-standalone.jar" > "$work/mail-sink.log" 2>&1 &
  pids+=($!)
  export ATENDE_SMTP_HOST=127.0.0.1 ATENDE_SMTP_PORT="$smtp_port"
fi

export ATENDE_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/$db" ATENDE_DB_USER="$db" ATENDE_DB_PASSWORD="$db"
export ATENDE_DEMO_DATA=true

# start <name> <configuration> <port offset> [system properties...]: a server with a base directory of its own; the
# pid of its Java process (what kill -9 must hit, not the shell script's) in <name>.pid.
start() {
  local name="$1" config="$2" offset="$3"
  shift 3
  local base="$work/$name"
  mkdir -p "$base/deployments"
  cp -r "$server_home/standalone/configuration" "$base/"
  JBOSS_PIDFILE="$work/$name.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 "$server_home/bin/standalone.sh" -c "$config" \
    -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" -b 127.0.0.1 \
    -Djboss.bind.address.management=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 -Djboss.node.name="$name" \
    "$@" > "$work/$name-console.log" 2>&1 &
  pids+=($!) # with LAUNCH_JBOSS_IN_BACKGROUND, standalone.sh passes the stop signal on to the server
}

# The web app is <distributable/> on the nodes only (sessions replicated by Infinispan's "web" cache): a deployment
# overlay on each node replaces the WAR's WEB-INF/web.xml inside the EAR by the same file with <distributable/>
# added. The WAR itself is not distributable, because on WildFly's plain configurations (run.sh, the tests,
# bench/load.sh) the element also moves the sessions and their JSF views into a local Infinispan cache, which cost
# the agents' pages up to a quarter of their throughput (bench/RESULTS.md). Made from the EAR being deployed, so the
# overlay never holds an older web.xml than the WAR's.
distributable_web_xml="$work/web-distributable.xml"
make_distributable_web_xml() {
  local war
  war=atende-web.war
  unzip -p ear/target/atende.ear "$war" > "$work/$war"
  unzip -p "$work/$war" WEB-INF/web.xml |
    sed 's#^\( *\)<display-name>Atende</display-name>#&\n\1<distributable/>#' > "$distributable_web_xml"
  rm -f "$work/$war"
  if [ "$(grep -c '^ *<distributable/>$' "$distributable_web_xml")" != "1" ]; then
    echo "Could not make a distributable web.xml from the WAR's ($war)" >&2
    exit 1
  fi
  web_overlay_content="$war/WEB-INF/web.xml"
}

# node <name> <offset>: an Atende node; adds the overlay through the node's management interface, then deploys the
# EAR and waits until it is deployed.
node() {
  local name="$1" offset="$2"
  start "$name" atende-cluster.xml "$offset" -Djboss.tx.node.id="$name" \
    -Datende.cluster.peer1.port=$((7600 + node1_offset)) -Datende.cluster.peer2.port=$((7600 + node2_offset))
  local pid="${pids[-1]}" management="127.0.0.1:$((9990 + offset))"
  for _ in $(seq 1 300); do
    curl -s -o /dev/null "http://$management/management" && break
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.5
  done
  # The content path names the WAR inside the EAR (WildFly overlays files of an EAR's subdeployments, WFLY-6821).
  if ! "$server_home/bin/jboss-cli.sh" -c --controller="$management" --command="deployment-overlay add \
--name=atende-distributable --content=$web_overlay_content=$(realpath "$distributable_web_xml") --deployments=atende.ear" \
    > "$work/$name-overlay.log" 2>&1; then
    cat "$work/$name-overlay.log" >&2
    echo "Could not add the distributable web.xml to $name" >&2
    exit 1
  fi
  cp ear/target/atende.ear "$work/$name/deployments/"
  for _ in $(seq 1 600); do
    [ -f "$work/$name/deployments/atende.ear.deployed" ] && return 0
    [ -f "$work/$name/deployments/atende.ear.failed" ] && break
    kill -0 "$pid" 2> /dev/null || break
    sleep 1
  done
  echo "$name did not start; see $work/$name/log/server.log" >&2
  exit 1
}

make_distributable_web_xml
echo "Starting node1 (migrates the database and adds the demo data on a first start; log: $work/node1/log/server.log) ..."
node node1 "$node1_offset"
# One after the other: the second node finds the schema and the demo data made, and joins node1's cluster.
echo "Starting node2 (log: $work/node2/log/server.log) ..."
node node2 "$node2_offset"
echo "Starting the balancer (log: $work/balancer/log/server.log) ..."
start balancer atende-balancer.xml "$balancer_offset" \
  -Datende.cluster.node1.port=$((8080 + node1_offset)) -Datende.cluster.node2.port=$((8080 + node2_offset))
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "${balancer_url}login.xhtml")" = "200" ] && break
  sleep 1
done
if [ "$(curl -s -o /dev/null -w '%{http_code}' "${balancer_url}login.xhtml")" != "200" ]; then
  echo "The balancer does not serve the login page; see $work/balancer/log/server.log" >&2
  exit 1
fi
touch "$work/ready"

cat << INFO

Atende is running as a cluster at ${balancer_url}
  node1 http://127.0.0.1:$((8080 + node1_offset))/atende/   node2 http://127.0.0.1:$((8080 + node2_offset))/atende/
  database $db on 127.0.0.1:$pg_port; servers' files under $work/

Demo logins (password "atende" for all): ana, bruno, carla (supervisor), diego, elisa, admin.
Mail goes to a development mail sink on 127.0.0.1:$smtp_port.
Press Ctrl+C to stop.
INFO
wait "${pids[@]}"
