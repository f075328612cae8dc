#!/usr/bin/env bash
# Checks the image's layout where there is no Docker engine: lays out target/kinerja-*.jar as the Dockerfile
# does (its four layers, the default policy folders, the entry point), starts it on empty policy folders with
# an H2 database and waits for /actuator/health. Then a second start must keep a published file.
set -euo pipefail
cd "$(dirname "$0")/.."
home=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$home"' EXIT
cp target/kinerja-*.jar "$home/application.jar"
(cd "$home" && java -Djarmode=tools -jar application.jar extract --layers --destination layers)
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  [ -d "$home/layers/$layer" ] || { echo "layer $layer missing" >&2; exit 1; }
  cp -R "$home/layers/$layer/." "$home/"
done
[ -n "$(ls "$home"/lib/*.jar)" ] || { echo "no libraries in the dependencies layer" >&2; exit 1; }
mkdir -p "$home/defaults" "$home/rules" "$home/policies"
cp -R rules "$home/defaults/rules"
cp -R policies "$home/defaults/policies"

start() {
  (cd "$home" && KINERJA_HOME="$home" KINERJA_POLICY_ROOT="$home" KINERJA_DEMO=false \
    SERVER_PORT=18480 SPRING_DATASOURCE_URL="jdbc:h2:file:$home/data/kinerja" \
    exec docker/entrypoint.sh java -jar "$home/application.jar" >>"$home/app.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 180); do
    if curl -fs -o /dev/null http://127.0.0.1:18480/actuator/health; then
      kill "$pid"; wait "$pid" || true
      return
    fi
    sleep 1
  done
  cat "$home/app.log" >&2
  echo "the app did not answer /actuator/health" >&2
  exit 1
}

mkdir -p "$home/docker" && cp docker/entrypoint.sh "$home/docker/"
start
cmp -s rules/hasil-kerja.drl "$home/rules/hasil-kerja.drl" || { echo "default rules not copied" >&2; exit 1; }
echo "// published" >>"$home/policies/makassar/makassar.drl"
start
grep -q "// published" "$home/policies/makassar/makassar.drl" || { echo "a start overwrote a published file" >&2; exit 1; }
echo "image layout: 4 layers, defaults copied into empty folders, published files kept, health answered"
