#!/usr/bin/env bash
# Start-to-ready of the packaged jar in a 256 MB heap (sandbox, H2), five runs each: plain, with a CDS archive on a
# fresh database (migrations included), and with the archive restarting on an existing database.
# Usage: bench/startup.sh   (builds the jar first)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests package
jar=$(ls target/steward-*.jar | grep -v '\.original$' | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=18089

ready_in() {
  local dir; dir=${DATA_DIR:-$(mktemp -d -p "$work")}
  local start end pid
  start=$(date +%s%N)
  java -Xmx256m "$@" --server.port=$port \
    "--spring.datasource.url=jdbc:h2:file:$dir/steward;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    > "$dir/log" 2>&1 &
  pid=$!
  until curl -sf "localhost:$port/actuator/health/readiness" > /dev/null; do
    kill -0 "$pid" 2> /dev/null || { echo "Steward exited; see its log:"; cat "$dir/log"; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  echo "  ready in $(( (end - start) / 1000000 )) ms ($(grep -o 'Started StewardApplication in [0-9.]* seconds' "$dir/log"))"
  kill "$pid"; wait "$pid" 2> /dev/null || true
}

echo "Plain jar:"
for _ in 1 2 3 4 5; do ready_in -jar "$jar"; done

echo "Extracted jar with a CDS archive (Spring Boot's training run):"
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
app_jar=$(ls "$work"/app/*.jar | head -n 1)
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$app_jar" \
  --server.port=0 "--spring.datasource.url=jdbc:h2:mem:training" > /dev/null 2>&1
for _ in 1 2 3 4 5; do ready_in -XX:SharedArchiveFile="$work/app.jsa" -jar "$app_jar"; done

echo "The same, restarting on an existing database:"
export DATA_DIR; DATA_DIR=$(mktemp -d -p "$work")
for _ in 1 2 3 4 5 6; do ready_in -XX:SharedArchiveFile="$work/app.jsa" -jar "$app_jar"; done
