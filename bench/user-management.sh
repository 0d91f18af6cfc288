#!/usr/bin/env bash
# User Management at scale: generates a large clinic (1,000,000 patients with a Self account each,
# 200,000 representatives holding 300,000 grants, an audit trail of 3,000,000 records) into
# PostgreSQL, or a smaller one into an embedded H2 file database, starts the app on it, and times
# through HTTP: the first page of each status filter, the next page, searches by username prefix,
# last name (in every order and status) and MRN, the sort by last sign-in, an account's page, a bulk
# disable (and enable) of about 10,000 accounts, and the CSV export of every account (with the app's
# heap capped, so the export must stream).
#
#   bench/user-management.sh                          # PostgreSQL, the full size
#   PATIENTS=100000 REPS=20000 REP_GRANTS=30000 bench/user-management.sh   # PostgreSQL, smaller
#   DB=h2 bench/user-management.sh                    # H2 file database: 100,000 patients and Self
#                                                     # accounts, 20,000 representatives, 30,000 grants
#   REUSE=1 bench/user-management.sh                  # keep the data of a previous run, time again
#
# PostgreSQL: needs psql and PG_URL (default postgres@127.0.0.1:5432/test); works in the schema
# $SCHEMA (default um_bench), which it drops and recreates unless REUSE=1.
# H2: the database is $H2_DIR/bench (default target/um-bench-h2), recreated unless REUSE=1; the
# generator runs through H2's own RunScript while the app holds the database (AUTO_SERVER).
# Stops the app when done.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-postgresql}
if [ "$DB" = h2 ]; then
  PATIENTS=${PATIENTS:-100000}; REPS=${REPS:-20000}; REP_GRANTS=${REP_GRANTS:-30000}
else
  PATIENTS=${PATIENTS:-1000000}; REPS=${REPS:-200000}; REP_GRANTS=${REP_GRANTS:-300000}
fi
RUNS=${RUNS:-20}
PORT=${PORT:-8093}
SCHEMA=${SCHEMA:-um_bench}
H2_DIR=${H2_DIR:-target/um-bench-h2}
. bench/lib.sh

build_app
HASH='{argon2}$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$4Fg2F8b7k3YFQ2V0r8Qm1x3W2JkQzZ6u1m9o0p7q8rE'
prepare_database
start_app -Xmx384m

if [ "${REUSE:-0}" != 1 ]; then
echo "Generating $PATIENTS patients, $PATIENTS Self accounts, $REPS representatives with $REP_GRANTS grants..."
start=$(date +%s.%N)
if [ "$DB" = h2 ]; then
  sed -e "s/\${patients}/$PATIENTS/g" -e "s/\${reps}/$REPS/g" -e "s/\${rep_grants}/$REP_GRANTS/g" \
      -e "s/\${patient_next}/$((PATIENTS + 1000))/g" -e "s/\${mrn_next}/$((2000000 + PATIENTS + 1000))/g" \
      -e "s/\${account_next}/$((PATIENTS + REPS + 1000))/g" -e "s/\${grant_next}/$((PATIENTS + REP_GRANTS + 1000))/g" \
      -e "s|\${hash}|$HASH|g" bench/names-h2.sql bench/user-management-data-h2.sql > "$WORK/data.sql"
  java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$H2_URL" -user sa -script "$WORK/data.sql"
else
  PGOPTIONS="-c search_path=$SCHEMA" psql -q "$PG_URL" -v patients="$PATIENTS" -v reps="$REPS" \
    -v rep_grants="$REP_GRANTS" -v hash="$HASH" -f bench/user-management-data.sql >/dev/null
fi
gen=$(calc "$(date +%s.%N) - $start")
accounts=$((PATIENTS + REPS))
printf 'generator: %d accounts loaded in %.1f s (%.0f accounts/s)\n' "$accounts" "$gen" "$(calc "$accounts / $gen")"
fi

# Sign in as the administrator.
jar="$WORK/cookies"
staff_sign_in "$jar"

# time NAME URL: RUNS requests after five warm-ups; prints p50 and p95 in ms.
time_page() {
  local name=$1 url=$2
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" "$url"; done
  for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$url"; done \
    | sort -n | awk -v name="$name" '{t[NR]=$1*1000} END {p50=t[int(NR*0.5+0.5)]; p95=t[int(NR*0.95+0.5)];
        printf "%-34s p50 %6.1f ms  p95 %6.1f ms  (target p95 < 100 ms)\n", name, p50, p95}'
}
U="$BASE/staff/portal-users"
# A freshly started app compiles its hot paths during the first few hundred requests.
for i in $(seq 1 40); do
  curl -s -o /dev/null -b "$jar" "$U?sort=USERNAME&status=ALL"; curl -s -o /dev/null -b "$jar" "$U?q=rivera$i"
done
for status in ALL ENABLED DISABLED LOCKED NEVER_SIGNED_IN MUST_CHANGE_PASSWORD; do
  time_page "first page, $status" "$U?status=$status"
done
after=$(curl -s -b "$jar" "$U?sort=USERNAME" | grep -o 'after=[A-Za-z0-9_-]*' | head -1)
time_page "next page (keyset)" "$U?sort=USERNAME&$after"
time_page "search by username prefix" "$U?q=p12345"
time_page "search by MRN" "$U?q=2012345"
# The most common last name (with its variants about 2.4% of all accounts) in every order and status.
for sort in USERNAME NAME LAST_SIGN_IN CREATED; do
  time_page "search by last name, sort $sort" "$U?q=garcia&sort=$sort"
done
for status in ENABLED DISABLED LOCKED NEVER_SIGNED_IN MUST_CHANGE_PASSWORD; do
  time_page "search by last name, $status" "$U?q=garcia&status=$status"
done
after=$(curl -s -b "$jar" "$U?q=garcia&sort=NAME" | grep -o 'after=[A-Za-z0-9_-]*' | head -1)
time_page "search by last name, next page" "$U?q=garcia&sort=NAME&$after"
time_page "search by first name" "$U?q=sofia"
time_page "sort by last sign-in" "$U?sort=LAST_SIGN_IN"
time_page "sort by name, filter enabled" "$U?sort=NAME&status=ENABLED"
# An account's page: its patients, status history, sessions and recent events from the audit trail
# (three records per Self account, so 3,000,000 at the full size).
time_page "account page" "$U/12345"

# bulk ACTION: applies the action to every account whose username starts with p10 (11,111 of them at
# the full size), waits until the background job's progress page shows its summary, prints both.
bulk() {
  local action=$1 token job summary start elapsed
  token=$(curl -s -b "$jar" "$U" | csrf)
  start=$(date +%s.%N)
  job=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" --data-urlencode "_csrf=$token" -d action="$action" \
    -d scope=all -d q=p10 "$U/apply")
  until summary=$(curl -s -b "$jar" "$job" | grep -oE '<p (role="status"|class="flash error" role="alert")>[^<]*'); do
    sleep 0.2
  done
  elapsed=$(calc "$(date +%s.%N) - $start")
  printf 'bulk %s of the accounts matching p10: %.1f s; %s\n' "$action" "$elapsed" "${summary#*>}"
}
# Disable them, then enable them again, so that a later run with REUSE=1 finds them as before.
bulk DISABLE
bulk ENABLE

# CSV export of everything, streamed to disk; the app's heap is capped at 384 MiB.
start=$(date +%s.%N)
curl -s -b "$jar" -o "$WORK/all.csv" "$U/export.csv"
export_s=$(calc "$(date +%s.%N) - $start")
rows=$(($(wc -l < "$WORK/all.csv") - 1))
printf 'CSV export: %d rows, %s MB in %.1f s: %.0f rows/s (target >= 50,000 rows/s)\n' "$rows" \
  "$(du -m "$WORK/all.csv" | cut -f1)" "$export_s" "$(calc "$rows / $export_s")"
jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -iE 'heap|used' | head -3 | sed 's/^/app heap after export: /' || true
