#!/usr/bin/env bash
# Proves that the build's two consumer guards bite (issue 2), on a throw-away copy of the sources:
#
#   1. nullness: a method of dpa-policy that returns null without @Nullable must fail the default
#      build (Error Prone + NullAway at ERROR), with NullAway named in the output;
#   2. runtime dependencies: Guava as a compile dependency of dpa-policy must fail the build
#      (the enforcer's runtime-dependency guard), with the guard's message in the output.
#
# Each check builds only dpa-model and dpa-policy, without tests. The working tree is not touched.
#   usage: .ci/check-guards.sh [LOGDIR]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
logdir="${1:-$(mktemp -d /tmp/dpa-guards.XXXXXX)}"
mkdir -p "$logdir"
work="$(mktemp -d /tmp/dpa-guards-src.XXXXXX)"
trap 'rm -rf "$work"' EXIT

fresh_copy() {
  rm -rf "$work/src" && mkdir -p "$work/src"
  git archive --format=tar HEAD | tar -x -C "$work/src"
}

# expect_failure NAME PATTERN: the build must fail, and its log must contain PATTERN
expect_failure() {
  local name="$1" pattern="$2" log="$logdir/guard-$1.log"
  if (cd "$work/src" && ./mvnw -B -ntp -pl dpa-model,dpa-policy -DskipTests -Dmaven.javadoc.skip=true \
        -Dmaven.source.skip=true compile > "$log" 2>&1); then
    echo "GUARD DID NOT BITE: $name: the build passed (log: $log)" >&2
    exit 1
  fi
  if ! grep -q -- "$pattern" "$log"; then
    echo "GUARD FAILED FOR ANOTHER REASON: $name: no '$pattern' in the log (log: $log)" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  echo "guard bites: $name ($(grep -m1 -o -- "$pattern.\{0,80\}" "$log"))"
}

# 1. a planted nullness bug
fresh_copy
cat > "$work/src/dpa-policy/src/main/java/io/github/dpasemantics/policy/PlantedNullBug.java" <<'EOF'
package io.github.dpasemantics.policy;

final class PlantedNullBug {
  private PlantedNullBug() {}

  static String planted() {
    return null;
  }
}
EOF
expect_failure nullness "NullAway"

# 2. a planted runtime dependency
fresh_copy
pom="$work/src/dpa-policy/pom.xml"
grep -q "<dependencies>" "$pom" || { echo "check-guards: no <dependencies> in dpa-policy/pom.xml" >&2; exit 1; }
sed -i '0,/<dependencies>/s||<dependencies>\n    <dependency><groupId>com.google.guava</groupId><artifactId>guava</artifactId><version>33.5.0-jre</version></dependency>|' "$pom"
grep -q "com.google.guava" "$pom" || { echo "check-guards: could not plant Guava in dpa-policy/pom.xml" >&2; exit 1; }
expect_failure runtime-dependency "may depend at run time only on jakarta.validation-api"
