#!/usr/bin/env bash
# The README's first command: from a fresh machine (Rust by rustup, root or sudo
# for apt) to the app served at http://127.0.0.1:8080/.
source "$(dirname "$0")/lib.sh"
ensure_tools
build_release
exec node "$ROOT/scripts/serve.mjs" "$ROOT/dist" "${PORT:-8080}"
