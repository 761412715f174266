#!/usr/bin/env bash
# The README's second command, and exactly what .ci/run runs: installs what is
# missing, then every test. Fails if any part fails or any part runs no test.
source "$(dirname "$0")/lib.sh"
ensure_tools browser
cd "$ROOT"

LOG="$(mktemp -d)"
PASSED=0
FAILED=0

# Runs one part, keeps its output, and counts the tests it ran.
part() {
  local name="$1"; shift
  say "$name"
  if ! "$@" 2>&1 | tee "$LOG/part.log"; then
    echo "FAILED: $name" >&2
    exit 1
  fi
}

count_cargo() {
  local n
  n="$(grep -Eo 'test result: ok\. [0-9]+ passed' "$LOG/part.log" | awk '{s+=$4} END {print s+0}')"
  [ "$n" -gt 0 ] || { echo "FAILED: $1 ran no test" >&2; exit 1; }
  PASSED=$((PASSED + n))
}

part "Formatting (cargo fmt --check)" cargo fmt --all --check
part "Clippy, native, warnings denied" cargo clippy --workspace --all-targets --locked -- -D warnings
part "Clippy, WebAssembly, warnings denied" \
  cargo clippy -p entitle --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
part "Clippy, the split release build (src/later.rs), warnings denied" \
  cargo clippy -p entitle --target wasm32-unknown-unknown --features split --locked -- -D warnings
part "Clippy, the first page drawn at build time (src/bin/prerender.rs), warnings denied" \
  cargo clippy -p entitle --features prerender --bin prerender --locked -- -D warnings

part "Engine tests (native)" cargo test -p entitle-engine --locked
count_cargo "the engine tests"

part "Site settings tests (an NGO's site.json: the README example, one broken file per rule)" \
  cargo test -p entitle-site --locked
count_cargo "the site settings tests"

part "Fluent tests (compiled messages read exactly as fluent-bundle writes them)" \
  cargo test -p entitle-l10n --locked
count_cargo "the Fluent tests"

part "Translator's kit (each language's review status; fails on a missing, extra or unrecorded message)" \
  cargo run -q -p entitle-l10n --bin l10n-kit --locked -- report --strict

part "Locale tests (every message in every language, same variables, none unused)" \
  cargo test -p entitle --test locales --features embedded --locked
count_cargo "the locale tests"

part "Component tests (wasm-bindgen-test in headless Chromium)" \
  env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test -p entitle --target wasm32-unknown-unknown --features embedded --locked
count_cargo "the component tests"

build_release

part "End-to-end tests (playwright-core, Debian Chromium, release build on 127.0.0.1)" \
  node --test --test-concurrency=1 tests/e2e/*.test.mjs
n="$(grep -Eo '^# pass [0-9]+' "$LOG/part.log" | awk '{print $3}')"
f="$(grep -Eo '^# fail [0-9]+' "$LOG/part.log" | awk '{print $3}')"
[ "${n:-0}" -gt 0 ] || { echo "FAILED: the end-to-end tests ran no test" >&2; exit 1; }
[ "${f:-0}" -eq 0 ] || { echo "FAILED: $f end-to-end test(s)" >&2; exit 1; }
PASSED=$((PASSED + n))

echo
echo "$PASSED passed, $FAILED failed"
