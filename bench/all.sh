#!/usr/bin/env bash
# Every benchmark at a size that finishes in under 20 minutes on 2 cores, then one table: figure,
# target, met or not. Builds the app once; each script's whole output is kept in $OUT (default
# target/bench-all), and the table is also written to $OUT/summary.md.
#
#   bench/all.sh
#   SKIP_POSTGRES=1 bench/all.sh        # H2 only
#
# The sizes here are small (see each script for its full size and its lab notes in bench/README.md):
# start-up 3 + 3 starts; portal load with shorter warm-ups and 3 runs a concurrency; the clinic
# network's records at 100,000 patients and 2,000,000 audit records on H2 and on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=${OUT:-target/bench-all}
mkdir -p "$OUT"
pg=1
{ [[ "${SKIP_POSTGRES:-}" == 1 ]] || ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; } && pg=0
begin=$(date +%s)

echo "Building the app once..."
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/portal-bench.classpath -Dmdep.includeScope=test
export SKIP_BUILD=1

run() { # NAME SCRIPT [VAR=VALUE...]: runs the script, its output to $OUT/NAME.txt and the terminal
  local name=$1 script=$2; shift 2
  echo "== $name ($(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg))"
  env "$@" "$script" 2>&1 | tee "$OUT/$name.txt" | sed 's/^/   /' || echo "   $name failed"
}

run startup bench/startup.sh STARTS=3
[[ $pg == 1 ]] || export SKIP_POSTGRES=1
run portal-load bench/portal-load.sh RUNS=3 WARMUP_SECONDS=30 WARMUP_MAX_SECONDS=60 PAGE_WARMUP_SECONDS=15 \
  HOME_WARMUP_SECONDS=20 HOME_SECONDS=10
run records-h2 bench/clinic-records.sh DB=h2 RUNS=20
if [[ $pg == 1 ]]; then
  run records-pg bench/clinic-records.sh PATIENTS=100000 AUDIT=2000000 RUNS=20 DROP=1
fi

# The table: one row a figure.
row() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4"; }
met() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == "<=") ? (v <= t) : (v >= t); print (v == "" ? "?" : ok ? "met" : "not met") }'; }
{
  echo "Benchmarks of $(date -u +%F), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo);" \
    "load average at the end $(cut -d' ' -f1-3 /proc/loadavg); $(( ($(date +%s) - begin) / 60 )) minutes in all."
  echo
  echo "| figure | value | target | met |"
  echo "| --- | --- | --- | --- |"
  for kind in existing fresh; do
    line=$(grep "launcher 0, $kind database" "$OUT/startup.txt" || true)
    up=$(sed -n 's/.*health UP median \([0-9]*\) ms.*/\1/p' <<<"$line")
    rss=$(sed -n 's/.*resident \([0-9]*\) MB.*/\1/p' <<<"$line")
    staff=$(sed -n 's/.*first staff sign-in page \([0-9]*\) ms.*/\1/p' <<<"$line")
    portal=$(sed -n 's/.*first portal page \([0-9]*\) ms.*/\1/p' <<<"$line")
    target=$([[ $kind == existing ]] && echo 3000 || echo 5000)
    row "start to health UP, $kind database (median)" "${up:-?} ms" "≤ $target ms" "$(met "$up" "$target" "<=")"
    row "first staff sign-in page after start, $kind (median)" "${staff:-?} ms" "≤ 300 ms" "$(met "$staff" 300 "<=")"
    row "first portal page after start, $kind (median)" "${portal:-?} ms" "≤ 300 ms" "$(met "$portal" 300 "<=")"
    [[ $kind == existing ]] && row "resident memory 10 s after start (median)" "${rss:-?} MB" "≤ 300 MB" "$(met "$rss" 300 "<=")"
  done
  db=""
  while read -r line; do
    case $line in
      "== "*) db=$(sed 's/== \([^:]*\):.*/\1/' <<<"$line") ;;
      sign-ins\ c=4:*)
        ratio=$(sed -n 's/.*ratio to cores \/ hash time \([0-9]*\)%.*/\1/p' <<<"$line")
        row "sign-ins at concurrency 4 against cores ÷ hash time, $db" "${ratio:-?} %" "≥ 85 %" "$(met "$ratio" 85 ">=")" ;;
      "portal home c=32:"*)
        row "signed-in portal home page at concurrency 32, $db" "$(sed 's/portal home c=32: //' <<<"$line")" "(no loss)" "-" ;;
      "resident memory:"*)
        peak=$(sed -n 's/.*at most \([0-9]*\) MB.*/\1/p' <<<"$line")
        row "resident memory during the portal load, $db (peak)" "${peak:-?} MB" "≤ 600 MB" "$(met "$peak" 600 "<=")" ;;
    esac
  done <"$OUT/portal-load.txt"
  for name in records-h2 records-pg; do
    [[ -f "$OUT/$name.txt" ]] || continue
    label=$([[ $name == records-h2 ]] && echo "H2, 100,000 patients, 2,000,000 audit records" ||
      echo "PostgreSQL, 100,000 patients, 2,000,000 audit records")
    grep ' p95 ' "$OUT/$name.txt" | while read -r line; do
      figure=$(sed 's/ *p50 .*//' <<<"$line")
      p95=$(sed -n 's/.*p95 *\([0-9.]*\) ms.*/\1/p' <<<"$line")
      target=$(sed -n 's/.*target p95 < \([0-9]*\) ms.*/\1/p' <<<"$line")
      row "$figure ($label), p95" "$p95 ms" "< $target ms" "$(met "$p95" "$target" "<=")"
    done
    export_line=$(grep '^audit export' "$OUT/$name.txt" || true)
    [[ -n "$export_line" ]] && row "audit CSV export of a year ($label)" "$(sed 's/audit export of a year: //' <<<"$export_line")" "streams, flat heap" "-"
  done
} >"$OUT/summary.md"
echo
cat "$OUT/summary.md"
