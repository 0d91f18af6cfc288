# What the benchmark scripts share: the app's jar, a database of their own (PostgreSQL in a schema
# of its own, or an H2 file database), the app started on it and waited for, a staff sign-in.
# Sourced by a script that runs in the project's folder and has set DB, SCHEMA, H2_DIR and PORT;
# PG_URL and JDBC_URL may point at another PostgreSQL. Stops the app and removes WORK on exit.

PG_URL=${PG_URL:-postgresql://postgres@127.0.0.1:5432/test}
JDBC_URL=${JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/test}
# the administrator's password
PASSWORD='bench admin passphrase 42'
BASE="http://127.0.0.1:$PORT"
# a folder of the run's own: the app's log, cookies, generated data
WORK=$(mktemp -d)
APP_PID=""
cleanup() { [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

calc() { awk "BEGIN { printf \"%.3f\", $* }"; }

# The form token of the page on standard input.
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

# Builds the app (unless SKIP_BUILD=1: bench/all.sh builds it once); sets JAR.
build_app() {
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "Building the app..."
    mvn -B -q -DskipTests package
  fi
  JAR=${JAR:-$(ls target/clinic-portal-*.jar | grep -v plain | head -1)}
}

# Empties the database unless REUSE=1; sets DATASOURCE (the app's environment) and WHERE, and for H2
# H2_URL and $WORK/h2.jar (for RunScript while the app holds the database).
prepare_database() {
  if [ "$DB" = h2 ]; then
    H2_URL="jdbc:h2:file:$(realpath -m "$H2_DIR")/bench;AUTO_SERVER=TRUE"
    unzip -p "$JAR" 'BOOT-INF/lib/h2-*.jar' > "$WORK/h2.jar"
    [ "${REUSE:-0}" = 1 ] || rm -rf "$H2_DIR"
    mkdir -p "$H2_DIR"
    DATASOURCE=(SPRING_DATASOURCE_URL="$H2_URL" SPRING_DATASOURCE_USERNAME=sa)
    WHERE="H2 file database $H2_DIR"
  else
    if [ "${REUSE:-0}" != 1 ]; then
      psql -q "$PG_URL" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA"
    fi
    # the application name marks the app's database sessions, to find them in pg_stat_activity
    DATASOURCE=(SPRING_DATASOURCE_URL="$JDBC_URL?currentSchema=$SCHEMA&ApplicationName=$SCHEMA"
      SPRING_DATASOURCE_USERNAME=postgres)
    WHERE="PostgreSQL schema $SCHEMA"
  fi
}

# start_app JVM_OPTION...: starts the app without the demo clinic; sets APP_PID; waits until healthy.
start_app() {
  curl -s -o /dev/null "$BASE/" && { echo "Something already answers at $BASE: choose another PORT"; exit 1; }
  echo "Starting the app on $WHERE ($*)..."
  # the administrator signs in with the password alone (a second step is required of administrators by default)
  env SERVER_PORT="$PORT" CLINIC_DEMO=false CLINIC_ADMIN_PASSWORD="$PASSWORD" CLINIC_TWO_STEP_STAFF_REQUIRED_FOR=NONE \
    "${DATASOURCE[@]}" \
    java "$@" -jar "$JAR" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  # START_WAIT: seconds to wait for health UP (migrations on large tables take longer)
  for _ in $(seq 1 "${START_WAIT:-300}"); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
  curl -sf "$BASE/actuator/health" >/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
}

# staff_sign_in COOKIES: signs in as the administrator, keeping the session in the cookie file.
staff_sign_in() {
  local token
  token=$(curl -s -c "$1" -b "$1" "$BASE/staff/login" | csrf)
  curl -s -o /dev/null -c "$1" -b "$1" --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/staff/login"
}
