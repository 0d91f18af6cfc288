#!/usr/bin/env bash
# Secure messaging at scale: generates 1,000,000 conversations with 5,000,000 messages over 200,000
# patients into PostgreSQL (a tenth of it into an embedded H2 file database), starts the app on it,
# and times through HTTP the staff inbox's first page of each filter, the next page, searches by
# patient name, MRN and subject words, a conversation of 50 messages and the portal's list. Then it
# sends 20 messages with a 5 KB and 20 with a 5 MB attachment and reports the heap after each
# garbage collection (from the JVM's GC log) and after a full collection, to show that an upload
# is streamed, never held in memory.
#
#   bench/messages.sh                                   # PostgreSQL, the full size
#   PATIENTS=20000 CONVERSATIONS=100000 bench/messages.sh   # PostgreSQL, smaller
#   DB=h2 bench/messages.sh                             # H2 file database: 20,000 patients,
#                                                       # 100,000 conversations, 500,000 messages
#   REUSE=1 bench/messages.sh                           # keep the data of a previous run, time again
#
# PostgreSQL: needs psql and PG_URL (default postgres@127.0.0.1:5432/test); works in the schema
# $SCHEMA (default msg_bench), which it drops and recreates unless REUSE=1. H2: the database is
# $H2_DIR/bench (default target/msg-bench-h2), recreated unless REUSE=1; the generator runs through
# H2's own RunScript while the app holds the database (AUTO_SERVER). Stops the app when done.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-postgresql}
if [ "$DB" = h2 ]; then
  PATIENTS=${PATIENTS:-20000}; CONVERSATIONS=${CONVERSATIONS:-100000}
else
  PATIENTS=${PATIENTS:-200000}; CONVERSATIONS=${CONVERSATIONS:-1000000}
fi
RUNS=${RUNS:-20}
CPU_RUNS=${CPU_RUNS:-50}
WARMUP=${WARMUP:-100}
UPLOADS=${UPLOADS:-20}
# a free port of its own, unless PORT says otherwise
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
SCHEMA=${SCHEMA:-msg_bench}
H2_DIR=${H2_DIR:-target/msg-bench-h2}
# The portal account's password, "bench portal passphrase 42", hashed as the app hashes passwords.
PORTAL_PASSWORD='bench portal passphrase 42'
HASH='{argon2}$argon2id$v=19$m=19456,t=2,p=1$59pQPnommTyL+SnEs+X6FQ$VO3j6t27QjBLqm/ZMTTQ5HHkGO5NHiggn+L/4SdbEW8'
. bench/lib.sh

build_app
prepare_database
start_app -Xmx384m "-Xlog:gc:file=$WORK/gc.log"

if [ "${REUSE:-0}" != 1 ]; then
  messages=$((CONVERSATIONS * 5 + 45))
  echo "Generating $PATIENTS patients, $CONVERSATIONS conversations, $messages messages..."
  start=$(date +%s.%N)
  if [ "$DB" = h2 ]; then
    sed -e "s/\${patients}/$PATIENTS/g" -e "s/\${conversations}/$CONVERSATIONS/g" -e "s|\${hash}|$HASH|g" \
        -e "s/\${patient_next}/$((PATIENTS + 1000))/g" -e "s/\${mrn_next}/$((3000000 + PATIENTS + 1000))/g" \
        -e "s/\${conversation_next}/$((CONVERSATIONS + 1))/g" -e "s/\${message_next}/$((CONVERSATIONS * 5 + 100))/g" \
        bench/messages-data-h2.sql > "$WORK/data.sql"
    java -cp "$WORK/h2.jar" org.h2.tools.RunScript -url "$H2_URL" -user sa -script "$WORK/data.sql"
  else
    PGOPTIONS="-c search_path=$SCHEMA" psql -q "$PG_URL" -v patients="$PATIENTS" \
      -v conversations="$CONVERSATIONS" -v hash="$HASH" -f bench/messages-data.sql >/dev/null
  fi
  printf 'generator: %d messages loaded in %.1f s\n' "$messages" "$(calc "$(date +%s.%N) - $start")"
fi

staff="$WORK/staff-cookies"
staff_sign_in "$staff"
portal="$WORK/portal-cookies"
token=$(curl -s -c "$portal" -b "$portal" "$BASE/portal/login" | csrf)
curl -s -o /dev/null -c "$portal" -b "$portal" --data-urlencode "username=bench@example.org" \
  --data-urlencode "password=$PORTAL_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/portal/login"
PATIENT=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$portal" "$BASE/portal" | grep -o '[0-9]*$')
[ -n "$PATIENT" ] || { echo "the portal account could not sign in:"; curl -s -i -b "$portal" "$BASE/portal" | head -5
  tail -20 "$WORK/app.log"; exit 1; }

# CPU time (clock ticks) used so far by the app, and by the database's sessions of the app.
ticks() { awk '{ s += $14 + $15 } END { print s + 0 }' "$@" 2>/dev/null || echo 0; }
app_ticks() { ticks "/proc/$APP_PID/stat"; }
db_ticks() { [ -n "${DB_PIDS:-}" ] && ticks $(for p in $DB_PIDS; do echo "/proc/$p/stat"; done) || echo 0; }
HZ=$(getconf CLK_TCK)

# time NAME COOKIES URL: RUNS requests after five warm-ups; prints p50 and p95 in ms, then the CPU
# each request cost the app and the database, over CPU_RUNS more requests (the machine's other
# work makes requests wait for a core, which the wall times include and these do not).
time_page() {
  local name=$1 jar=$2 url=$3 app db
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "$jar" "$url"; done
  local times
  times=$(for _ in $(seq 1 "$RUNS"); do curl -s -o /dev/null -b "$jar" -w '%{time_total} %{http_code}\n' "$url"; done)
  app=$(app_ticks); db=$(db_ticks)
  for _ in $(seq 1 "$CPU_RUNS"); do curl -s -o /dev/null -b "$jar" "$url"; done
  app=$(calc "($(app_ticks) - $app) * 1000 / $HZ / $CPU_RUNS"); db=$(calc "($(db_ticks) - $db) * 1000 / $HZ / $CPU_RUNS")
  sort -n <<< "$times" | awk -v name="$name" -v app="$app" -v db="$db" '$2 != 200 {bad++} {t[NR]=$1*1000} END {
      p50=t[int(NR*0.5+0.5)]; p95=t[int(NR*0.95+0.5)];
      printf "%-40s p50 %6.1f ms  p95 %6.1f ms   CPU app %5.1f ms, database %5.1f ms%s\n", name, p50, p95, app, db,
        bad ? "  (" bad " not 200!)" : ""}'
}
I="$BASE/staff/messages?pool=1"
PAGES=(
  "for comparison: Forms Inbox (empty)|$staff|$BASE/staff/forms/inbox"
  "inbox first page, WAITING_CLINIC|$staff|$I&filter=WAITING_CLINIC"
  "inbox first page, OVERDUE|$staff|$I&filter=OVERDUE"
  "inbox first page, WAITING_PATIENT|$staff|$I&filter=WAITING_PATIENT"
  "inbox first page, MINE|$staff|$I&filter=MINE"
  "inbox first page, CLOSED|$staff|$I&filter=CLOSED"
  "inbox next page, WAITING_CLINIC|$staff|$I&filter=WAITING_CLINIC&page=1"
  "inbox page 40, CLOSED|$staff|$I&filter=CLOSED&page=40"
  # garcia: 1 patient in 50; with the first name, 1 in 2,000
  "search by patient last name (garcia)|$staff|$I&by=PATIENT&q=garcia"
  "search by patient full name|$staff|$I&by=PATIENT&q=diego+garcia"
  "search by MRN|$staff|$I&by=PATIENT&q=3004242"
  # each word is in about one subject in 27; both words in about one in 700
  "search by subject word (refill)|$staff|$I&by=SUBJECT&q=refill"
  "search by subject words (refill pharmacy)|$staff|$I&by=SUBJECT&q=refill+pharmacy"
  "conversation page, 50 messages|$staff|$BASE/staff/messages/$CONVERSATIONS"
  "portal list|$portal|$BASE/portal/patients/$PATIENT/messages"
  "portal conversation, 50 messages|$portal|$BASE/portal/patients/$PATIENT/messages/$CONVERSATIONS"
)
# A freshly started app compiles its hot paths for a minute or more: every page, WARMUP times.
for _ in $(seq 1 "$WARMUP"); do
  for page in "${PAGES[@]}"; do IFS='|' read -r _ jar url <<< "$page"; curl -s -o /dev/null -b "$jar" "$url"; done
done
[ "$DB" = h2 ] || DB_PIDS=$(psql -tA "$PG_URL" -c "SELECT pid FROM pg_stat_activity WHERE application_name = '$SCHEMA'")
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before timing; p95 target: under 100 ms on PostgreSQL"
for page in "${PAGES[@]}"; do IFS='|' read -r name jar url <<< "$page"; time_page "$name" "$jar" "$url"; done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) after timing"

# Heap while sending messages with attachments: UPLOADS messages with a 5 KB file, then UPLOADS with
# a 5 MB file. Printed: the heap after a full collection before and after each round (what stays),
# and the largest heap after any collection during the round (what a round needed at most).
head -c 9 <<< '%PDF-1.7' > "$WORK/small.pdf"; head -c 5120 /dev/urandom >> "$WORK/small.pdf"
head -c 9 <<< '%PDF-1.7' > "$WORK/large.pdf"; head -c 5242880 /dev/urandom >> "$WORK/large.pdf"
heap_used() { jcmd "$APP_PID" GC.run >/dev/null; sleep 1
  jcmd "$APP_PID" GC.heap_info | awk '/used/ && !done { for (i = 1; i < NF; i++) if ($i == "used") { sub(/K,?/, "", $(i + 1));
    printf "%.1f", $(i + 1) / 1024; done = 1; break } }'; }
upload_round() {
  local name=$1 file=$2 before after lines peak start elapsed token grown gcs
  before=$(heap_used); lines=$(wc -l < "$WORK/gc.log")
  start=$(date +%s.%N)
  for i in $(seq 1 "$UPLOADS"); do
    token=$(curl -s -b "$portal" "$BASE/portal/patients/$PATIENT/messages/new" | csrf)
    curl -s -o /dev/null -b "$portal" -F "_csrf=$token" -F pool=1 -F "subject=Heap $name $i" -F body=Attached \
      -F "files=@$file;type=application/pdf" "$BASE/portal/patients/$PATIENT/messages/new"
  done
  elapsed=$(calc "($(date +%s.%N) - $start) * 1000 / $UPLOADS")
  peak=$(tail -n +"$((lines + 1))" "$WORK/gc.log" | awk 'match($0, /[0-9]+M->[0-9]+M/) {
    split(substr($0, RSTART, RLENGTH), m, "->"); sub(/M/, "", m[2]); if (m[2] + 0 > max) max = m[2] + 0 } END { print max }')
  grown=$(jcmd "$APP_PID" GC.heap_info | awk '/used/ && !done { for (i = 1; i < NF; i++) if ($i == "used") {
    sub(/K,?/, "", $(i + 1)); printf "%.1f", $(i + 1) / 1024; done = 1; break } }')
  gcs=$(tail -n +"$((lines + 1))" "$WORK/gc.log" | grep -c 'Pause' || true)
  after=$(heap_used)
  printf '%s x %d: %.0f ms each; heap after a full GC %s MB before, %s MB after; %s GCs during the round' \
    "$name" "$UPLOADS" "$elapsed" "$before" "$after" "$gcs"
  if [ "$gcs" = 0 ]; then
    printf ', so it allocated %s MB in all (%s MB a message)\n' "$(calc "$grown - $before")" \
      "$(calc "($grown - $before) / $UPLOADS")"
  else
    printf ', the largest heap after one %s MB\n' "${peak:-?}"
  fi
}
upload_round "5 KB attachment" "$WORK/small.pdf"
upload_round "5 MB attachment" "$WORK/large.pdf"
stored=$(curl -s -b "$staff" "$BASE/staff/messages?pool=1&by=SUBJECT&q=heap" | { grep -c 'Heap 5 MB' || true; })
echo "conversations with a 5 MB attachment found in the inbox: $stored (of $UPLOADS, first page)"
