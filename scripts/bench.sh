#!/usr/bin/env bash
# The benchmark (not a test): prints one JSON object with the shipped files'
# sizes, cold-load times under a slow phone profile for Entitle and for a
# minimal Yew app, and the engine's native time to assess one answer set.
source "$(dirname "$0")/lib.sh"
ensure_tools browser
cd "$ROOT"
build_release >&2
say "Building the minimal Yew app (the framework's floor)"
(cd bench/hello && trunk build --release --offline --dist "$ROOT/target/bench-hello-dist") >&2
node scripts/postbuild.mjs "$ROOT/target/bench-hello-dist" --no-data >&2
say "Timing the engine natively"
ENGINE_JSON="$(cargo run --quiet --release --locked -p entitle-engine --example bench_assess)"
say "Loading both apps in throttled headless Chromium"
ENGINE_JSON="$ENGINE_JSON" node scripts/bench.mjs "$ROOT/dist" "$ROOT/target/bench-hello-dist"
