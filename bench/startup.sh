#!/usr/bin/env bash
# Start-up benchmark: builds the jar once, then starts the app STARTS times on a fresh embedded H2
# database (migrations and the demo clinic) and STARTS times on the database the first start left,
# and prints, for each kind, the median and worst time from the process's start to health UP, the
# resident memory RSS_AFTER seconds after, and the time of the first staff sign-in page and of the
# first portal page asked for after health UP.
#
#   bench/startup.sh                          # the documented way to run the app: bin/run
#   STARTS=3 bench/startup.sh
#   LAUNCH='java -jar target/clinic-portal-0.1.0-SNAPSHOT.jar' bench/startup.sh   # the jar, no settings
#   SKIP_BUILD=1 bench/startup.sh             # the jar (and its archive) already built
#   COMPARE='java -jar target/clinic-portal-0.1.0-SNAPSHOT.jar' bench/startup.sh  # side by side: each
#                                             # start of LAUNCH followed by one of COMPARE
#
# Prints one line a start, then a summary of lines "figure: value" for bench/all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${STARTS:-5}
RSS_AFTER=${RSS_AFTER:-10}
LAUNCH=${LAUNCH:-bin/run}
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
APP_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  echo "Building the app..."
  mvn -B -q -DskipTests package
fi

now_ms() { date +%s%3N; }

LAUNCHERS=("$LAUNCH")
[[ -n "${COMPARE:-}" ]] && LAUNCHERS+=("$COMPARE")

# one_start KIND N: starts the app with launcher N on $WORK/data-N, times it to health UP, reads its
# memory, times the first pages, stops it; appends "KIND N up_ms rss_mb staff_ms portal_ms" to $WORK/starts.
one_start() {
  local kind=$1 n=$2 start up rss staff portal
  curl -s -o /dev/null "$BASE/" && { echo "Something already answers at $BASE: choose another PORT"; exit 1; }
  start=$(now_ms)
  # shellcheck disable=SC2086 # LAUNCH is a command and its options
  env SERVER_PORT="$PORT" CLINIC_DATA_DIR="$WORK/data-$n" CLINIC_ADMIN_PASSWORD='bench admin passphrase 42' \
    CLINIC_DEMO_PASSWORD='bench demo passphrase 42' ${LAUNCHERS[$n]} >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "$BASE/actuator/health"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
    (( $(now_ms) - start < 300000 )) || { echo "no health UP in 300 s"; tail -40 "$WORK/app.log"; exit 1; }
    sleep 0.05
  done
  up=$(( $(now_ms) - start ))
  staff=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/staff/login")
  portal=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/portal/login")
  sleep "$RSS_AFTER"
  rss=$(awk '/VmRSS/ { print $2 / 1024 }' "/proc/$APP_PID/status")
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  awk -v k="$kind" -v n="$n" -v u="$up" -v r="$rss" -v s="$staff" -v p="$portal" \
    'BEGIN { printf "%s %d %d %.0f %.0f %.0f\n", k, n, u, r, s * 1000, p * 1000 }' | tee -a "$WORK/starts"
}

echo "== $STARTS starts on a fresh database and $STARTS on an existing one, with:"
for n in "${!LAUNCHERS[@]}"; do echo "   launcher $n: ${LAUNCHERS[$n]}"; done
echo "   (kind, launcher, ms to health UP, MB resident ${RSS_AFTER} s later, ms of the first staff sign-in page,"
echo "   of the first portal page)"
echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$WORK/starts"
for _ in $(seq 1 "$STARTS"); do
  for n in "${!LAUNCHERS[@]}"; do
    rm -rf "$WORK/data-$n"
    one_start fresh "$n"
  done
done
for _ in $(seq 1 "$STARTS"); do
  for n in "${!LAUNCHERS[@]}"; do one_start existing "$n"; done
done
echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# median and worst of column $3 over the starts of kind $1 with launcher $2
stat() {
  awk -v k="$1" -v n="$2" -v c="$3" '$1 == k && $2 == n { print $c }' "$WORK/starts" | sort -n |
    awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f %.0f", m, v[NR] }'
}
for n in "${!LAUNCHERS[@]}"; do
  for kind in fresh existing; do
    read -r up_med up_max <<<"$(stat "$kind" "$n" 3)"
    read -r rss_med rss_max <<<"$(stat "$kind" "$n" 4)"
    read -r staff_med staff_max <<<"$(stat "$kind" "$n" 5)"
    read -r portal_med portal_max <<<"$(stat "$kind" "$n" 6)"
    echo "launcher $n, $kind database: health UP median ${up_med} ms, worst ${up_max} ms; resident ${rss_med} MB" \
      "(worst ${rss_max}); first staff sign-in page ${staff_med} ms (worst ${staff_max}), first portal page" \
      "${portal_med} ms (worst ${portal_max})"
  done
done
