#!/usr/bin/env bash
# Browser check of the literate HTML reference (issue 6): builds the reference with the library,
# opens it in headless Debian chromium and asserts on the rendered DOM:
#   - every clause id of the catalogue (clause-ids.txt, written by the generator) has its anchor;
#   - no broken internal link: every href="#x" has an element with id="x";
#   - the worked-example blocks are filled in (an outcome and at least one reason each), and a
#     value the library computes (the 6.3 objection deadline 2024-03-06 for notice on 2024-03-01)
#     is on the page;
#   - the conformance cases are shown beside their clauses (a 3.4 case with its quoted words and
#     expected answer);
#   - no script element and no external resource;
# then takes phone and desktop screenshots and a print-to-PDF for inspection.
#
#   bash .ci/check-reference.sh [OUT_DIR]      (default: a new /tmp/dpa-reference.XXXXXX)
#
# Environment: DPA_TARGET (build dir name, default target), CHROMIUM (browser binary).
# Needs: a JDK, chromium (CI installs it: apt-get install -y chromium), grep, sed, awk, sort, comm.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"
TARGET="${DPA_TARGET:-target}"
OUT="${1:-$(mktemp -d /tmp/dpa-reference.XXXXXX)}"
SITE="$OUT/site"
JAR="$ROOT/dpa-examples/$TARGET/dpa.jar"

fail() { echo "REFERENCE CHECK FAILED: $*" >&2; exit 1; }

# ---- 1. build the reference with the library -------------------------------------------------
mkdir -p "$OUT"
rm -rf "$SITE"
if [ -x ./dpa ]; then
  # the launcher rebuilds dpa-examples/$TARGET/dpa.jar when a source is newer than it
  DPA_TARGET="$TARGET" ./dpa reference --out "$SITE" || fail "./dpa reference --out $SITE failed"
else
  if [ ! -f "$JAR" ]; then
    echo "building $JAR ..."
    ./mvnw -B -ntp -q -Ddpa.target="$TARGET" -pl dpa-examples -am package -DskipTests \
      -Dmaven.javadoc.skip=true -Dmaven.source.skip=true || fail "could not build $JAR"
  fi
  java -cp "$JAR" io.github.dpasemantics.examples.reference.ReferenceMain "$SITE" || fail "ReferenceMain failed"
fi
for f in index.html reference.css clause-ids.txt; do
  [ -s "$SITE/$f" ] || fail "the generator did not write $f"
done

# ---- 2. render it in headless chromium ----------------------------------------------------------
BROWSER="${CHROMIUM:-}"
if [ -z "$BROWSER" ]; then
  for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then BROWSER="$b"; break; fi
  done
fi
[ -n "$BROWSER" ] || fail "no chromium found (apt-get install -y chromium, or set CHROMIUM)"
"$BROWSER" --version || true

PROFILE="$(mktemp -d /tmp/dpa-chromium.XXXXXX)"
trap 'rm -rf "$PROFILE"' EXIT
FLAGS=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --disable-extensions --hide-scrollbars
       --user-data-dir="$PROFILE")
URL="file://$SITE/index.html"

timeout 120 "$BROWSER" "${FLAGS[@]}" --dump-dom "$URL" > "$OUT/dom.html" 2> "$OUT/chromium.log" \
  || { tail -20 "$OUT/chromium.log"; fail "chromium could not render $URL"; }
DOM="$OUT/dom.html"
[ -s "$DOM" ] || { tail -20 "$OUT/chromium.log"; fail "chromium rendered an empty DOM"; }
grep -q '<h1>Segment Data Protection Addendum</h1>' "$DOM" || fail "the rendered DOM has no page title heading"

# ---- 3. assertions on the rendered DOM ----------------------------------------------------------
grep -o ' id="[^"]*"' "$DOM" | sed 's/^ id="//; s/"$//' | sort > "$OUT/ids.txt"
sort -u "$OUT/ids.txt" > "$OUT/ids.unique.txt"
dups="$(comm -23 "$OUT/ids.txt" "$OUT/ids.unique.txt" | head -5)"
[ -z "$dups" ] || fail "duplicate ids in the DOM: $dups"

sed 's/^/clause-/' "$SITE/clause-ids.txt" | sort -u > "$OUT/clause-anchors.txt"
missing="$(comm -23 "$OUT/clause-anchors.txt" "$OUT/ids.unique.txt")"
[ -z "$missing" ] || fail "clause anchors missing from the DOM: $(echo $missing)"
clauses="$(wc -l < "$OUT/clause-anchors.txt")"

grep -o 'href="#[^"]*"' "$DOM" | sed 's/^href="#//; s/"$//' | sort -u > "$OUT/links.txt"
broken="$(comm -23 "$OUT/links.txt" "$OUT/ids.unique.txt")"
[ -z "$broken" ] || fail "broken internal links: $(echo $broken)"
links="$(wc -l < "$OUT/links.txt")"

examples="$(grep -c '<div class="example" id="' "$DOM" || true)"
[ "$examples" -gt 0 ] || fail "no worked-example blocks in the DOM"
outcomes="$(grep -o '<strong class="value">[^<][^<]*</strong>' "$DOM" | wc -l)"
[ "$outcomes" -eq "$examples" ] || fail "$examples example blocks but $outcomes filled-in outcomes"
reasons="$(grep -o '<ul class="reasons"><li>[^<][^<]*</li>' "$DOM" | wc -l)"
[ "$reasons" -eq "$examples" ] || fail "$examples example blocks but $reasons with reasons"
if grep -q '<ul class="reasons"></ul>' "$DOM"; then fail "an example block has no reasons"; fi

deadline="$(awk '/id="example-6.3-objection-deadline"/{on=1} on{print} on&&/<\/div>/{exit}' "$DOM")"
[ -n "$deadline" ] || fail "no 6.3 objection-deadline example"
echo "$deadline" | grep -q '<strong class="value">2024-03-06</strong>' \
  || fail "the 6.3 example does not show the computed deadline 2024-03-06"

# conformance cases (dpa-conformance) shown beside their clause's text: question, quoted words, expected answer
cases="$(grep -c '<details class="case"' "$DOM" || true)"
[ "$cases" -gt 0 ] || fail "no conformance cases in the DOM"
kase="$(awk '/id="case-3.4-terminated-the-day-after"/{on=1} on{print} on&&/<\/details>/{exit}' "$DOM")"
[ -n "$kase" ] || fail "no case 3.4-terminated-the-day-after under clause 3.4"
echo "$kase" | grep -q '<blockquote class="quoted">This Addendum will automatically terminate' \
  || fail "the 3.4 case does not quote the text"
echo "$kase" | grep -q 'Expected</span> outcome false' || fail "the 3.4 case does not show its expected answer"

if grep -q '<script' "$DOM"; then fail "the page has a script element"; fi
if grep -Eq '(src|href)="(https?:)?//' "$DOM"; then fail "the page loads an external resource"; fi

echo "rendered DOM: $clauses clause anchors present, $links internal link targets all resolve,"
echo "              $examples worked examples filled in, 6.3 deadline 2024-03-06 shown,"
echo "              $cases conformance cases beside their clauses"

# ---- 4. screenshots and print, for inspection ---------------------------------------------------
timeout 120 "$BROWSER" "${FLAGS[@]}" --window-size=412,2400 --screenshot="$OUT/reference-phone.png" "$URL" \
  >> "$OUT/chromium.log" 2>&1 || fail "phone screenshot failed"
timeout 120 "$BROWSER" "${FLAGS[@]}" --window-size=1280,2000 --screenshot="$OUT/reference-desktop.png" "$URL" \
  >> "$OUT/chromium.log" 2>&1 || fail "desktop screenshot failed"
timeout 180 "$BROWSER" "${FLAGS[@]}" --no-pdf-header-footer --print-to-pdf="$OUT/reference.pdf" "$URL" \
  >> "$OUT/chromium.log" 2>&1 || fail "print to PDF failed"
for f in reference-phone.png reference-desktop.png reference.pdf; do
  [ "$(wc -c < "$OUT/$f")" -gt 10000 ] || fail "$f is (nearly) empty"
done
echo "screenshots: $OUT/reference-phone.png $OUT/reference-desktop.png"
echo "print:       $OUT/reference.pdf"
echo "reference check passed ($SITE)"
