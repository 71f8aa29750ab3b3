#!/usr/bin/env bash
# A consumer project built against the installed artifacts, as a user's would be (.ci/consumer):
# installs dpa-model and dpa-policy into the local repository, then builds and runs the consumer
# twice, on the class path and as a JPMS module, and checks that it answers the README's question,
# validates a ContractInstance and that nothing on its output is a warning (Hibernate Validator's
# HV000271 about @Valid on containers among them).
#
#   usage: .ci/check-consumer.sh [LOGDIR]      (MAVEN_ARGS reach every Maven call, as in .ci/run)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LOG="${1:-$(mktemp -d /tmp/dpa-consumer.XXXXXX)}"
mkdir -p "$LOG"
fail() { echo "CONSUMER CHECK FAILED: $*" >&2; exit 1; }

version="$(sed -n 's|^ *<revision>\(.*\)</revision>.*|\1|p' pom.xml | head -1)"
[ -n "$version" ] || fail "no <revision> in pom.xml"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

./mvnw -B -ntp -pl dpa-model,dpa-policy -am install -DskipTests -Dmaven.javadoc.skip=true \
  > "$LOG/install.log" 2>&1 || { tail -40 "$LOG/install.log"; fail "installing dpa-model and dpa-policy"; }

for variant in classpath jpms; do
  work="$LOG/consumer-$variant"
  rm -rf "$work"
  mkdir -p "$work"
  cp -r .ci/consumer/pom.xml .ci/consumer/src "$work/"
  [ "$variant" = jpms ] && cp .ci/consumer/module-info.java "$work/src/main/java/"
  ./mvnw -B -ntp -f "$work/pom.xml" -Ddpa.version="$version" compile \
    > "$LOG/build-$variant.log" 2>&1 || { tail -40 "$LOG/build-$variant.log"; fail "building the consumer ($variant)"; }
  classes="$work/target/classes"
  deps="$work/target/dependency"
  if [ "$variant" = jpms ]; then
    [ -f "$classes/module-info.class" ] || fail "the jpms build made no module"
    # Hibernate Validator's expression language is not required by its module: name it (README)
    run=("$java_bin" -p "$classes:$deps" --add-modules jakarta.el,org.glassfish.expressly -m consumer/consumer.Consumer)
  else
    [ ! -f "$classes/module-info.class" ] || fail "the classpath build made a module"
    run=("$java_bin" -cp "$classes:$deps/*" consumer.Consumer)
  fi
  "${run[@]}" > "$LOG/run-$variant.log" 2>&1 || { cat "$LOG/run-$variant.log"; fail "running the consumer ($variant)"; }
  grep -q '^timely=false cites=\[6.3\]' "$LOG/run-$variant.log" || { cat "$LOG/run-$variant.log"; fail "wrong answer ($variant)"; }
  grep -q '^validated acme-2025$' "$LOG/run-$variant.log" || { cat "$LOG/run-$variant.log"; fail "no validation ($variant)"; }
  if grep -E 'WARN|HV000271|deprecated' "$LOG/run-$variant.log"; then fail "warnings on the consumer's output ($variant)"; fi
  echo "consumer ($variant): ok"
done
