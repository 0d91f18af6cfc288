#!/usr/bin/env bash
# Outbox benchmark: queues 10,000 emails, one per business transaction, then delivers them to an
# in-JVM SMTP server (GreenMail), and prints messages/s queued, the time queueing adds to a
# business transaction, and messages/s delivered.
#
#   bench/outbox.sh                                   # embedded H2, one dispatcher thread
#   MESSAGES=2000 DISPATCHERS=2 bench/outbox.sh       # fewer messages, two dispatcher threads
#   bench/outbox.sh --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test \
#       --spring.datasource.username=postgres         # against PostgreSQL (arguments go to Spring)
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/outbox-bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -Dmessages="${MESSAGES:-10000}" -Ddispatchers="${DISPATCHERS:-1}" \
    -DsmtpPort="${SMTP_PORT:-3025}" \
    -cp "target/test-classes:target/classes:$(cat target/outbox-bench.classpath)" \
    org.clinicportal.notification.OutboxBenchmark "$@"
