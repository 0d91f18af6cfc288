#!/usr/bin/env bash
# Appointments at scale: generates a large clinic's schedule (200 clinicians, 1,000,000 patients,
# 5,000,000 appointments over two years, the last 90 days of them ahead) into PostgreSQL, or a tenth of
# it into an embedded H2 file database, starts the app on it, and times through HTTP (p50 and p95 of
# RUNS requests after warm-up): the clinic's day view, a clinician's week view, the free times of a
# booking, the portal's Appointments list, and booking itself; then 8 attempts to book the same time at
# once, of which exactly one must be booked and seven told so.
#
#   bench/appointments.sh                 # PostgreSQL, the full size
#   DB=h2 bench/appointments.sh           # H2 file database: 20 clinicians, 100,000 patients, 500,000 appointments
#   CLINICIANS=20 PATIENTS=100000 bench/appointments.sh    # PostgreSQL, smaller
#   REUSE=1 bench/appointments.sh         # keep the data of a previous run, time again
#
# PostgreSQL: needs psql and PG_URL (default postgres@127.0.0.1:5432/test); works in the schema $SCHEMA
# (default appt_bench), which it drops and recreates unless REUSE=1. The clinic's zone is UTC. Stops the
# app when done. Bookings made by a run stay (REUSE=1 books other free times).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-postgresql}
if [ "$DB" = h2 ]; then CLINICIANS=${CLINICIANS:-20}; PATIENTS=${PATIENTS:-100000}
else CLINICIANS=${CLINICIANS:-200}; PATIENTS=${PATIENTS:-1000000}; fi
DAYS=${DAYS:-730}
AHEAD=${AHEAD:-90}
RUNS=${RUNS:-40}
# a free port of its own, unless PORT says otherwise
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
SCHEMA=${SCHEMA:-appt_bench}
H2_DIR=${H2_DIR:-target/appt-bench-h2}
# The portal account's password, "bench portal passphrase 42", hashed as the app hashes passwords.
PORTAL_PASSWORD='bench portal passphrase 42'
HASH='{argon2}$argon2id$v=19$m=19456,t=2,p=1$59pQPnommTyL+SnEs+X6FQ$VO3j6t27QjBLqm/ZMTTQ5HHkGO5NHiggn+L/4SdbEW8'
. bench/lib.sh

build_app
prepare_database
if [ "$DB" = h2 ]; then
  # H2's shell, printing only the rows of numbers a query gives
  sql() { java -cp "$WORK/h2.jar" org.h2.tools.Shell -url "$H2_URL" -user sa -sql "$1" | tr -d '|' \
    | awk '/^ *[0-9]+( +[0-9]+)? *$/'; }
else
  sql() { PGOPTIONS="-c search_path=$SCHEMA" psql -qAt "$PG_URL" -F ' ' -c "$1"; }
fi
# The clinic's zone is UTC, as the generator lays out working hours and visits.
start_app -Xmx1g -Dclinic.time-zone=UTC

if [ "${REUSE:-0}" != 1 ]; then
  echo "Generating $CLINICIANS clinicians, $PATIENTS patients and their appointments over $DAYS days..."
  start=$(date +%s.%N)
  if [ "$DB" = h2 ]; then
    sed -e "s/\${clinicians}/$CLINICIANS/g" -e "s/\${patients}/$PATIENTS/g" -e "s/\${days}/$DAYS/g" \
        -e "s/\${ahead}/$AHEAD/g" -e "s|\${hash}|$HASH|g" -e "s/\${next_id}/$((CLINICIANS * DAYS * 36 + 1))/g" \
        -e "s/\${patient_next}/$((PATIENTS + 1000))/g" -e "s/\${mrn_next}/$((2000000 + PATIENTS + 1000))/g" \
        bench/appointments-data-h2.sql > "$WORK/data.sql"
    java -Duser.timezone=UTC -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$H2_URL" -user sa -script "$WORK/data.sql"
  else
    PGOPTIONS="-c search_path=$SCHEMA" psql -q "$PG_URL" -v clinicians="$CLINICIANS" -v patients="$PATIENTS" \
      -v days="$DAYS" -v ahead="$AHEAD" -v hash="$HASH" -f bench/appointments-data.sql >/dev/null
  fi
  printf 'generator: %s appointments loaded in %.0f s\n' "$(sql 'SELECT COUNT(*) FROM appointment')" \
    "$(calc "$(date +%s.%N) - $start")"
fi

# Sign in: the administrator (who may book) and the portal account of patient 4242 (its hash set again,
# for data generated before the hash was fixed here).
sql "UPDATE portal_account SET password_hash = '$HASH' WHERE id = 9000001" >/dev/null
staff="$WORK/staff"; portal="$WORK/portal"
staff_sign_in "$staff"
token=$(curl -s -c "$portal" -b "$portal" "$BASE/portal/login" | csrf)
curl -s -o /dev/null -c "$portal" -b "$portal" --data-urlencode "username=bench-portal@example.org" \
  --data-urlencode "password=$PORTAL_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/portal/login"
# (Whole pages in variables: grep -q would close the pipe early, and pipefail take curl's error for a failure.)
page=$(curl -s -b "$staff" "$BASE/staff/schedule"); [[ $page == *'Schedule: '* ]] || { echo "staff sign-in failed"; exit 1; }
page=$(curl -s -b "$portal" "$BASE/portal/patients/4242/appointments")
[[ $page == *'Upcoming appointments'* ]] || { echo "portal sign-in failed"; exit 1; }

# time_page NAME JAR URL: RUNS requests after ten warm-ups; prints p50 and p95 in ms.
report() { sort -n | awk -v name="$1" '{t[NR]=$1*1000} END {p50=t[int(NR*0.5+0.5)]; p95=t[int(NR*0.95+0.5)];
  printf "%-28s p50 %6.1f ms  p95 %6.1f ms  (target p95 < 100 ms)\n", name, p50, p95}'; }
time_page() {
  for _ in $(seq 1 10); do curl -s -o /dev/null -b "$2" "$3"; done
  for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -b "$2" -w '%{time_total}\n' "$3"; done | report "$1"
}
DAY=$(date -u -d "+7 days" +%F)
C1=100001
# A freshly started app compiles its hot paths during the first few hundred requests.
for i in $(seq 1 30); do
  curl -s -o /dev/null -b "$staff" "$BASE/staff/schedule?date=$DAY&page=$((i % 5))"
  curl -s -o /dev/null -b "$staff" "$BASE/staff/schedule/clinicians/$((C1 + i))?week=$DAY"
done
time_page "day view (8 clinicians)" "$staff" "$BASE/staff/schedule?date=$DAY"
time_page "week view" "$staff" "$BASE/staff/schedule/clinicians/$C1?week=$DAY"
time_page "free times" "$staff" "$BASE/staff/patients/4242/appointments/new?clinicianId=$C1&typeId=1&date=$DAY"
time_page "portal list" "$portal" "$BASE/portal/patients/4242/appointments"

# Free places ahead (h >= 95 in the generator), none booked by an earlier run: one per booking.
# The minute of each place is a whole multiple of 20 from 07:00, so a free first slot means a free place.
FREE=$(sql "SELECT a.clinician_id, a.slot FROM (SELECT c.clinician_id,
    CAST(EXTRACT(EPOCH FROM c.starts_at) AS BIGINT) / 60 + 20 AS slot FROM appointment c
    WHERE c.starts_at > CURRENT_TIMESTAMP + INTERVAL '2' DAY AND c.starts_at < CURRENT_TIMESTAMP + INTERVAL '60' DAY
      AND c.clinician_id > 100000 ORDER BY c.clinician_id, c.starts_at FETCH FIRST 20000 ROWS ONLY) a
  WHERE NOT EXISTS (SELECT 1 FROM booked_slot s WHERE s.clinician_id = a.clinician_id AND s.slot_minute = a.slot)
    AND MOD(a.slot, 1440) BETWEEN 420 AND 1100
  FETCH FIRST $((RUNS + 11)) ROWS ONLY" | tr -d '\r' \
  | while read -r c m; do echo "$c $(date -u -d "@$((m * 60))" +%Y-%m-%dT%H:%M:%SZ)"; done)
[ -n "$FREE" ] || { echo "no free places found"; exit 1; }
token=$(curl -s -b "$staff" "$BASE/staff/patients/4242/appointments/new" | csrf)
book() { # CLINICIAN START -> time and redirect
  curl -s -o /dev/null -b "$staff" -w '%{time_total} %{redirect_url}\n' --data-urlencode "_csrf=$token" \
    -d clinicianId="$1" -d typeId=1 -d date="${2%%T*}" --data-urlencode start="$2" \
    "$BASE/staff/patients/4242/appointments/new"
}
echo "$FREE" | head -n "$((RUNS + 10))" | while read -r clinician start; do book "$clinician" "$start"; done > "$WORK/booked"
booked=$(tail -n "$RUNS" "$WORK/booked" | grep -c '/staff/appointments/' || true)
tail -n "$RUNS" "$WORK/booked" | awk '{print $1}' | report "booking ($booked of $RUNS booked)"

# Eight front-desk users at once on the same free time.
read -r clinician start < <(echo "$FREE" | tail -n 1)
racers=()
for i in $(seq 1 8); do
  curl -s -o "$WORK/race.$i.html" -b "$staff" -w '%{redirect_url}\n' --data-urlencode "_csrf=$token" \
    -d clinicianId="$clinician" -d typeId=1 -d date="${start%%T*}" --data-urlencode start="$start" \
    "$BASE/staff/patients/4242/appointments/new" > "$WORK/race.$i" &
  racers+=($!)
done
wait "${racers[@]}"
won=$(cat "$WORK"/race.? | grep -c '/staff/appointments/' || true)
told=$(grep -l 'by someone else a moment ago' "$WORK"/race.*.html | wc -l)
echo "8 attempts at $start with clinician $clinician at once: $won booked, $told told the time was taken (target: 1 and 7)"
