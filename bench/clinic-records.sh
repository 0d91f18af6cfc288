#!/usr/bin/env bash
# A clinic network's records: generates 1,000,000 patients and 20,000,000 audit records (ten years of
# them) into PostgreSQL, or 100,000 and 2,000,000 into an embedded H2 file database, starts the app on
# them and times through HTTP, one request at a time, the p50 and p95 of the patient list's first
# page and its searches (a common and a rare last name, first and last name, MRN, date of birth), the
# audit trail's first page unfiltered and filtered (by patient, user, action, a date range) and its
# next page; then streams the CSV export of the last year of audit records with the heap capped and
# reports its size, its time and the heap after it.
#
#   bench/clinic-records.sh                        # PostgreSQL (database bench_speed), the full size
#   DB=h2 bench/clinic-records.sh                  # H2 file database, a tenth
#   PATIENTS=100000 AUDIT=2000000 bench/clinic-records.sh     # PostgreSQL, a tenth
#   REUSE=1 bench/clinic-records.sh                # time again on the data of the last run
#
# PostgreSQL: works in the schema $SCHEMA (default records) of the database bench_speed, which it
# creates when missing; DROP=1 drops that database at the end. H2: the database is $H2_DIR/bench.
# Prints lines "name p50 ... p95 ..." and "target" notes that bench/all.sh reads.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-postgresql}
if [ "$DB" = h2 ]; then
  PATIENTS=${PATIENTS:-100000}; AUDIT=${AUDIT:-2000000}; TARGET=${TARGET:-300}
else
  PATIENTS=${PATIENTS:-1000000}; AUDIT=${AUDIT:-20000000}; TARGET=${TARGET:-100}
fi
RUNS=${RUNS:-20}
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
SCHEMA=${SCHEMA:-records}
H2_DIR=${H2_DIR:-target/records-bench-h2}
PG_URL=${PG_URL:-postgresql://postgres@127.0.0.1:5432/bench_speed}
JDBC_URL=${JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/bench_speed}
. bench/lib.sh

build_app
if [ "$DB" != h2 ]; then
  psql -q "${PG_URL%/*}/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = 'bench_speed'" | grep -q 1 ||
    psql -q "${PG_URL%/*}/postgres" -c "CREATE DATABASE bench_speed"
fi
prepare_database
# the heap of bin/jvm.options, which the export must stream within
start_app @bin/jvm.options -Xlog:gc:file="$WORK/gc.log"

if [ "${REUSE:-0}" != 1 ]; then
  echo "Generating $PATIENTS patients and $AUDIT audit records..."
  start=$(date +%s.%N)
  if [ "$DB" = h2 ]; then
    sed -e "s/\${patients}/$PATIENTS/g" -e "s/\${audit}/$AUDIT/g" -e "s/\${patient_next}/$((PATIENTS + 1000))/g" \
        -e "s/\${mrn_next}/$((2000000 + PATIENTS + 1000))/g" bench/names-h2.sql bench/clinic-records-data-h2.sql > "$WORK/data.sql"
    java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$H2_URL" -user sa -script "$WORK/data.sql"
  else
    PGOPTIONS="-c search_path=$SCHEMA" psql -q "$PG_URL" -v patients="$PATIENTS" -v audit="$AUDIT" \
      -f bench/clinic-records-data.sql >/dev/null
  fi
  printf 'generator: %d patients and %d audit records in %.0f s\n' "$PATIENTS" "$AUDIT" "$(calc "$(date +%s.%N) - $start")"
fi

jar="$WORK/cookies"
staff_sign_in "$jar"
for page in "$BASE/staff/patients" "$BASE/staff/audit"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$page")
  [ "$code" = 200 ] || { echo "the administrator could not open $page (HTTP $code)"; exit 1; }
done

# time NAME URL: RUNS requests after five warm-ups; prints p50 and p95 in ms.
time_page() {
  local name=$1 url=$2
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" "$url"; done
  for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$url"; done \
    | sort -n | awk -v name="$name" -v target="$TARGET" '{t[NR]=$1*1000} END {p50=t[int(NR*0.5+0.5)]; p95=t[int(NR*0.95+0.5)];
        printf "%-38s p50 %6.1f ms  p95 %6.1f ms  (target p95 < %d ms)\n", name, p50, p95, target}'
}
P="$BASE/staff/patients"
A="$BASE/staff/audit"
MRN=$((2000000 + PATIENTS / 2 + 1))
# A freshly started app compiles its hot paths during the first few hundred requests.
for i in $(seq 1 30); do
  curl -s -o /dev/null -b "$jar" "$P?q=rivera"; curl -s -o /dev/null -b "$jar" "$A?user=staff$i"
done
echo "== $WHERE: $PATIENTS patients, $AUDIT audit records; load average $(cut -d' ' -f1-3 /proc/loadavg)"
time_page "patient list, first page" "$P"
time_page "patients: common last name (garcia)" "$P?q=garcia"
time_page "patients: rare last name" "$P?q=quenneville"
time_page "patients: first and last name" "$P?q=sofia+garcia"
time_page "patients: MRN" "$P?q=$MRN"
time_page "patients: date of birth" "$P?q=1980-05-17"
time_page "audit: first page" "$A"
time_page "audit: by patient" "$A?patient=$MRN"
time_page "audit: by user" "$A?user=staff17"
time_page "audit: by action" "$A?action=FORM_REQUESTED"
from=$(date -u -d '-400 days' +%F); to=$(date -u -d '-370 days' +%F)
time_page "audit: a month, a year ago" "$A?from=$from&to=$to"
time_page "audit: next page" "$A?page=1"
echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The export of the last year, streamed to disk with the heap of bin/jvm.options; the GC log shows
# the heap after the collections during it.
from=$(date -u -d '-1 year' +%F); to=$(date -u +%F)
: >"$WORK/gc.log"
start=$(date +%s.%N)
curl -s -b "$jar" -o "$WORK/year.csv" "$A/export.csv?from=$from&to=$to"
secs=$(calc "$(date +%s.%N) - $start")
rows=$(($(wc -l <"$WORK/year.csv") - 1))
heap=$(grep -o '[0-9]*M->[0-9]*M' "$WORK/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1 || true)
printf 'audit export of a year: %d rows, %.1f MB in %.1f s; largest heap after a collection during it %s MB (-Xmx384m)\n' \
  "$rows" "$(calc "$(stat -c %s "$WORK/year.csv") / 1048576")" "$secs" "${heap:-?}"

if [ "${DROP:-0}" = 1 ] && [ "$DB" != h2 ]; then
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  psql -q "${PG_URL%/*}/postgres" -c "DROP DATABASE bench_speed"
fi
