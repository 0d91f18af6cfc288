#!/usr/bin/env bash
# Portal load benchmark: starts the app on a fresh embedded H2 database (and on PostgreSQL when one
# answers at 127.0.0.1:5432) with N generated portal accounts, then measures with wrk
#   (a) password sign-ins per second at concurrency 2, 4 and 8, each next to a fresh timing of one
#       Argon2id hash, and the ratio of measured sign-ins/s to the limit cores / hash time;
#   (b) the same account signing in on 8 connections at once (every attempt must succeed);
#   (c) requests/s and p50/p99 latency of a signed-in portal home page at concurrency 32.
#
#   bench/portal-load.sh                 # N=200 accounts, 15 s per sign-in run, 20 s home run
#   ACCOUNTS=1000 SECONDS_PER_RUN=30 bench/portal-load.sh
#   WARMUP_SECONDS=60 HOME_WARMUP_SECONDS=60 bench/portal-load.sh   # the defaults
# Each part first runs unmeasured until the JIT has compiled the hot code: on two cores that
# takes the better part of a minute, and figures taken earlier measure the compiler as much as the app.
#   SKIP_POSTGRES=1 bench/portal-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ACCOUNTS=${ACCOUNTS:-200}
RUN=${SECONDS_PER_RUN:-15}
HOME_RUN=${HOME_SECONDS:-20}
WARMUP=${WARMUP_SECONDS:-60}
HOME_WARMUP=${HOME_WARMUP_SECONDS:-60}
PORT=${PORT:-8091}
BASE="http://127.0.0.1:$PORT"
CORES=$(nproc)
WORK=$(mktemp -d)
APP_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)"; exit 1; }
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -q -DskipTests package
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/portal-bench.classpath -Dmdep.includeScope=test
fi
JAR=$(ls target/clinic-portal-*.jar | grep -v original | head -1)
CP="target/test-classes:target/classes:$(cat target/portal-bench.classpath)"

# The time of one hash, measured once the app has gone quiet (a load run leaves it compiling and
# collecting for a few seconds, and a hash timed meanwhile measures that too).
hash_ms() { wait_quiet; java -cp "$CP" org.clinicportal.portal.PortalLoadSupport hash; }

wait_quiet() { # until the app uses less than 5 % of a core over a second (30 s at most)
  local before after
  for _ in $(seq 1 30); do
    before=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
    sleep 1
    after=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
    (( after - before < 5 )) && return 0
  done
}

start_app() { # $1: datasource url, $2: user, $3: password
  # ParallelGC: each Argon2id hash allocates 19 MiB, which G1 on two cores handles far more slowly;
  # a young generation of 1 GiB lets those blocks die young instead of being copied by each collection
  java -Xmx1536m -Xmn1g -XX:+UseParallelGC -jar "$JAR" --server.port="$PORT" --spring.datasource.url="$1" \
    --spring.datasource.username="$2" --spring.datasource.password="$3" \
    --clinic.data-dir="$WORK" --clinic.demo=true --clinic.admin-password='bench admin passphrase 1' \
    --clinic.demo-password='bench demo passphrase 1' --logging.level.root=WARN >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the app did not start; see its log:"; tail -40 "$WORK/app.log"; exit 1
}

stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

signin_run() { # $1: connections, $2: accounts to cycle through
  wrk -t"$1" -c"$1" -d"${RUN}s" -s bench/portal-signin.lua "$BASE" -- "$2" | grep '^SIGNINS'
}

home_cookie() {
  local jar="$WORK/cookies" page csrf
  page=$(curl -s -c "$jar" -b "$jar" "$BASE/portal/login")
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=bench-0@example.org" \
    --data-urlencode "password=benchmark quartz lantern ferry" --data-urlencode "_csrf=$csrf" "$BASE/portal/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
}

measure() { # $1: label, $2: url, $3: user, $4: password
  echo "== $1: $ACCOUNTS portal accounts, $CORES cores"
  start_app "$2" "$3" "$4"
  java -cp "$CP" org.clinicportal.portal.PortalLoadSupport accounts "$2" "$3" "$4" "$ACCOUNTS" >/dev/null
  wrk -t4 -c4 -d"${WARMUP}s" -s bench/portal-signin.lua "$BASE" -- "$ACCOUNTS" >/dev/null # warm up the JIT
  for c in 2 4 8; do
    local ms result ok limit
    ms=$(hash_ms)
    result=$(signin_run "$c" "$ACCOUNTS")
    ok=$(awk '{ printf "%.1f", $2 / $6 }' <<<"$result")
    limit=$(awk -v cores="$CORES" -v ms="$ms" 'BEGIN { printf "%.1f", cores * 1000 / ms }')
    printf 'sign-ins c=%d: %s/s (refused %s), one hash %s ms, limit %s/s, ratio %s%%\n' "$c" "$ok" \
      "$(awk '{ print $4 }' <<<"$result")" "$ms" "$limit" "$(awk -v a="$ok" -v b="$limit" 'BEGIN { printf "%.0f", 100 * a / b }')"
  done
  local same
  same=$(signin_run 8 1)
  printf 'same account on 8 connections: %s signed in, %s refused\n' "$(awk '{ print $2 }' <<<"$same")" \
    "$(awk '{ print $4 }' <<<"$same")"
  local cookie
  cookie=$(home_cookie)
  local home="$BASE/portal/patients/$(curl -s -o /dev/null -w '%{redirect_url}' -b "SESSION=$cookie" "$BASE/portal" | sed 's#.*/patients/##')"
  wrk -t2 -c32 -d"${HOME_WARMUP}s" -H "Cookie: SESSION=$cookie" "$home" >/dev/null
  wrk -t2 -c32 -d"${HOME_RUN}s" --latency -H "Cookie: SESSION=$cookie" "$home" >"$WORK/home.txt"
  printf 'portal home c=32: %s req/s, p50 %s, p99 %s, non-2xx %s\n' \
    "$(awk '/Requests\/sec/ { print $2 }' "$WORK/home.txt")" "$(awk '$1 == "50%" { print $2 }' "$WORK/home.txt")" \
    "$(awk '$1 == "99%" { print $2 }' "$WORK/home.txt")" "$(awk '/Non-2xx/ { print $NF }' "$WORK/home.txt" | grep . || echo 0)"
  stop_app
}

measure "H2 (embedded, file)" "jdbc:h2:file:$WORK/clinic-portal;AUTO_SERVER=TRUE" sa ""

if [[ "${SKIP_POSTGRES:-}" != 1 ]] && pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  export PGPASSWORD=${PGPASSWORD:-}
  psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP DATABASE IF EXISTS portal_bench' -c 'CREATE DATABASE portal_bench' >/dev/null
  measure "PostgreSQL" "jdbc:postgresql://127.0.0.1:5432/portal_bench" postgres "$PGPASSWORD"
  psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP DATABASE portal_bench' >/dev/null
else
  echo "== PostgreSQL: not reachable at 127.0.0.1:5432, skipped"
fi
