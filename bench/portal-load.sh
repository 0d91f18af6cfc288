#!/usr/bin/env bash
# Portal load benchmark: starts the app on a fresh embedded H2 database (and on PostgreSQL when one
# answers at 127.0.0.1:5432) with N generated portal accounts, then measures with wrk
#   (a) password sign-ins per second at concurrency 2, 4 and 8, and their ratio to the limit
#       cores / hash time, with the app's own encoder timed between short load runs (this machine's
#       speed drifts by up to 2x within seconds, so each run is set against the hashes timed just
#       before and just after it); then how many hashes per second that encoder manages on all
#       cores with nothing else running, and the sign-ins' share of that;
#   (b) the same account signing in on 8 connections at once (every attempt must succeed);
#   (c) requests/s and p50/p99 latency of a signed-in portal home page at concurrency 32.
#
#   bench/portal-load.sh                 # N=200 accounts, 5 runs of 3 s per concurrency, 20 s home run
#   ACCOUNTS=1000 RUNS=10 RUN_SECONDS=3 bench/portal-load.sh
#   PAGE_WARMUP_SECONDS=30 WARMUP_SECONDS=60 WARMUP_MAX_SECONDS=600 HOME_WARMUP_SECONDS=60 bench/portal-load.sh  # the defaults
# Each part first runs unmeasured until the JIT has compiled the hot code: on two cores that
# takes the better part of a minute, and figures taken earlier measure the compiler as much as the app.
# Sign-ins, a few dozen a second, take longest: after WARMUP_SECONDS they go on in 15-second rounds
# until the C2 compiler uses under 2 % of the cores in a round (WARMUP_MAX_SECONDS at most).
#   SKIP_POSTGRES=1 bench/portal-load.sh
#   JAVA_OPTS='-XX:+UseParallelGC' bench/portal-load.sh  # the app and the hash timings run with these,
#                                                       # after those of bin/jvm.options
#   LAUNCH=jar bench/portal-load.sh      # java -jar without bin/run's settings and class archive
#   CLINIC_PASSWORD_ARGON2_MEMORY_KIB=47104 bench/portal-load.sh  # costlier hashes: app, accounts and timings alike
set -euo pipefail
cd "$(dirname "$0")/.."

ACCOUNTS=${ACCOUNTS:-200}
RUNS=${RUNS:-5}
RUN=${RUN_SECONDS:-3}
HOME_RUN=${HOME_SECONDS:-20}
WARMUP=${WARMUP_SECONDS:-60}
WARMUP_MAX=${WARMUP_MAX_SECONDS:-600}
PAGE_WARMUP=${PAGE_WARMUP_SECONDS:-30}
HOME_WARMUP=${HOME_WARMUP_SECONDS:-60}
PORT=${PORT:-8091}
JAVA_OPTS=${JAVA_OPTS:-}
LAUNCH=${LAUNCH:-run}
OPTIONS_FILE=@bin/jvm.options
[[ "$LAUNCH" == jar ]] && OPTIONS_FILE=""
BASE="http://127.0.0.1:$PORT"
CORES=$(nproc)
WORK=$(mktemp -d)
APP_PID=""
TIMER_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [[ -n "$TIMER_PID" ]]; then kill "$TIMER_PID" 2>/dev/null || true; wait "$TIMER_PID" 2>/dev/null || true; fi
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

# The app's own encoder in a JVM of its own with the app's options, warmed up once, answering
# "single" (the time of one hash, ms) and "parallel SECONDS" (hashes/s on all cores) on request.
start_timer() {
  mkfifo "$WORK/timer.in" "$WORK/timer.out"
  java $OPTIONS_FILE $JAVA_OPTS -cp "$CP" org.clinicportal.credential.HashTiming <"$WORK/timer.in" >"$WORK/timer.out" &
  TIMER_PID=$!
  exec 3>"$WORK/timer.in" 4<"$WORK/timer.out"
}
# Timed once the app has gone quiet (after a load run it finishes compiling and collecting, and a
# hash timed meanwhile measures that too).
timer() { local answer; wait_quiet; echo "$1" >&3; read -r answer <&4; echo "$answer"; }

wait_quiet() { # until the app uses less than 10 % of a core over a quarter second (30 s at most)
  local before after
  for _ in $(seq 1 120); do
    before=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
    sleep 0.25
    after=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
    (( after - before < 3 )) && return 0
  done
}

start_app() { # $1: datasource url, $2: user, $3: password; as bin/run starts it, or LAUNCH=jar: java -jar
  local launch=(env JAVA_OPTS="$JAVA_OPTS" bin/run)
  [[ "$LAUNCH" == jar ]] && launch=(java $JAVA_OPTS -jar "$JAR")
  "${launch[@]}" --server.port="$PORT" --spring.datasource.url="$1" \
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

compiler_ticks() { # CPU time the app's C2 compiler threads have used so far, in clock ticks
  local task total=0
  for task in /proc/"$APP_PID"/task/*; do
    [[ $(cat "$task/comm" 2>/dev/null) == "C2 Compiler"* ]] || continue
    total=$((total + $(sed 's/.*) //' "$task/stat" | awk '{ print $12 + $13 }')))
  done
  echo "$total"
}

warm_up_signins() { # WARMUP seconds, then rounds until the compiler is nearly idle
  local round=15 idle_percent=2 spent=$WARMUP before idle
  idle=$(($(getconf CLK_TCK) * round * CORES * idle_percent / 100)) # compiler ticks in a round
  signin_run 4 "$ACCOUNTS" "$WARMUP" >/dev/null
  while ((spent < WARMUP_MAX)); do
    before=$(compiler_ticks)
    signin_run 4 "$ACCOUNTS" "$round" >/dev/null
    spent=$((spent + round))
    if (($(compiler_ticks) - before < idle)); then
      echo "sign-in warm-up: $spent s, until the compiler used under $idle_percent % of the cores in $round s"
      return 0
    fi
  done
  echo "sign-in warm-up: $spent s, stopped at WARMUP_MAX_SECONDS with the compiler still busy"
}

stop_app() {
  echo "resident memory: $(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status") MB at the end," \
    "at most $(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status") MB during the run"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

signin_run() { # $1: connections, $2: accounts to cycle through, $3: seconds
  wrk -t"$1" -c"$1" -d"${3}s" -s bench/portal-signin.lua "$BASE" -- "$2" | grep '^SIGNINS'
}

signins() { # $1: connections. RUNS load runs of RUN seconds, the hash timed before each and after the last
  local runs="$WORK/runs-$1" before after
  : >"$runs"
  before="$(timer single) $(timer 'parallel 1')"
  for _ in $(seq 1 "$RUNS"); do
    local result
    result=$(signin_run "$1" "$ACCOUNTS" "$RUN")
    after="$(timer single) $(timer 'parallel 1')"
    echo "$result $before $after" >>"$runs" # SIGNINS n REFUSED n SECONDS s ms hashes/s ms hashes/s
    before=$after
  done
  awk -v c="$1" -v cores="$CORES" '
    { limit = cores * 2000 / ($7 + $9); alone = ($8 + $10) / 2
      ok += $2; no += $4; secs += $6; allowed += limit * $6; hashed += alone * $6
      ratio = 100 * $2 / $6 / limit; lo = (NR == 1 || ratio < lo) ? ratio : lo; hi = (ratio > hi) ? ratio : hi
      fast = (NR == 1 || $7 < fast) ? $7 : fast; fast = ($9 < fast) ? $9 : fast
      slow = ($7 > slow) ? $7 : slow; slow = ($9 > slow) ? $9 : slow }
    END { printf "sign-ins c=%d: %.1f/s (refused %d); one hash %.1f-%.1f ms; ratio to cores / hash time %.0f%% (runs %.0f-%.0f%%);", c, ok / secs, no, fast, slow, 100 * ok / allowed, lo, hi
          printf " hashing alone on %d cores %.1f/s, sign-ins %.0f%% of it\n", cores, hashed / secs, 100 * ok / hashed }' "$runs"
}

home_cookie() {
  local jar="$WORK/cookies" page csrf
  page=$(curl -s -c "$jar" -b "$jar" "$BASE/portal/login")
  csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=bench-0@example.org" \
    --data-urlencode "password=benchmark quartz lantern ferry" --data-urlencode "_csrf=$csrf" "$BASE/portal/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
}

home_page() { # a signed-in portal home page, warmed up, then measured ($1 = warm: only warmed up)
  local cookie home
  cookie=$(home_cookie)
  home="$BASE/portal/patients/$(curl -s -o /dev/null -w '%{redirect_url}' -b "SESSION=$cookie" "$BASE/portal" | sed 's#.*/patients/##')"
  wrk -t2 -c32 -d"${HOME_WARMUP}s" -H "Cookie: SESSION=$cookie" "$home" >/dev/null
  [[ "${1:-}" == warm ]] && return 0
  wrk -t2 -c32 -d"${HOME_RUN}s" --latency -H "Cookie: SESSION=$cookie" "$home" >"$WORK/home.txt"
  printf 'portal home c=32: %s req/s, p50 %s, p99 %s, non-2xx %s\n' \
    "$(awk '/Requests\/sec/ { print $2 }' "$WORK/home.txt")" "$(awk '$1 == "50%" { print $2 }' "$WORK/home.txt")" \
    "$(awk '$1 == "99%" { print $2 }' "$WORK/home.txt")" "$(awk '/Non-2xx/ { print $NF }' "$WORK/home.txt" | grep . || echo 0)"
}

measure() { # $1: label, $2: url, $3: user, $4: password
  echo "== $1: $ACCOUNTS portal accounts, $CORES cores"
  start_app "$2" "$3" "$4"
  java -cp "$CP" org.clinicportal.portal.PortalLoadSupport accounts "$2" "$3" "$4" "$ACCOUNTS" >/dev/null
  # Warm up first the code every request runs (the home page), then the code a sign-in runs: its
  # page at full speed, then sign-ins until the compiler is done with them. Sign-ins alone, some 50
  # a second, would leave the compiler at work on all of it for minutes.
  home_page warm
  wrk -t2 -c8 -d"${PAGE_WARMUP}s" "$BASE/portal/login" >/dev/null
  warm_up_signins
  for c in 2 4 8; do
    signins "$c"
  done
  local same
  same=$(signin_run 8 1 15)
  printf 'same account on 8 connections: %s signed in, %s refused\n' "$(awk '{ print $2 }' <<<"$same")" \
    "$(awk '{ print $4 }' <<<"$same")"
  home_page
  stop_app
}

start_timer
measure "H2 (embedded, file)" "jdbc:h2:file:$WORK/clinic-portal;AUTO_SERVER=TRUE" sa ""

if [[ "${SKIP_POSTGRES:-}" == 1 ]]; then
  echo "== PostgreSQL: skipped (SKIP_POSTGRES=1)"
elif pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  export PGPASSWORD=${PGPASSWORD:-}
  psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP DATABASE IF EXISTS portal_bench' -c 'CREATE DATABASE portal_bench' >/dev/null
  measure "PostgreSQL" "jdbc:postgresql://127.0.0.1:5432/portal_bench" postgres "$PGPASSWORD"
  psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP DATABASE portal_bench' >/dev/null
else
  echo "== PostgreSQL: not reachable at 127.0.0.1:5432, skipped"
fi
