# Shared by the README's two commands. Sourced, not run.
# Installs what is missing, at pinned versions, and nothing more; each step is
# quick when its tool is already there. Only crates.io, npm and Debian packages
# are used: no step fetches a prebuilt binary from anywhere else.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# Must equal the wasm-bindgen version pinned with `=` in Cargo.toml (checked below).
WASM_BINDGEN_VERSION="0.2.130"
export TRUNK_SKIP_VERSION_CHECK=true
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\n== %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_rust_target() {
  # rust-toolchain.toml pins the toolchain; rustup adds the wasm target it lists.
  (cd "$ROOT" && rustup target list --installed | grep -qx wasm32-unknown-unknown) \
    || (cd "$ROOT" && rustup target add wasm32-unknown-unknown)
}

# $1 = "browser" to include Chromium and its driver (tests and benchmark only).
ensure_debian_packages() {
  local missing=()
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  if [ "${1:-}" = browser ]; then
    command -v chromium >/dev/null || missing+=(chromium)
    command -v chromedriver >/dev/null || missing+=(chromium-driver)
    command -v pdftotext >/dev/null || missing+=(poppler-utils)
    # Voices on the device for the Listen button's tests: Debian's Chromium
    # speaks through speech-dispatcher (tests/e2e/harness.mjs, `voices`).
    command -v speech-dispatcher >/dev/null || missing+=(speech-dispatcher)
    dpkg -s speech-dispatcher-espeak-ng >/dev/null 2>&1 || missing+=(speech-dispatcher-espeak-ng)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    say "Installing Debian packages: ${missing[*]} (needs root or sudo)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
    say "Building trunk $TRUNK_VERSION from crates.io (about 8 minutes, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local pinned
  pinned="$(grep -E '^wasm-bindgen = "=' "$ROOT/Cargo.toml" | sed -E 's/.*"=([^"]+)".*/\1/')"
  if [ "$pinned" != "$WASM_BINDGEN_VERSION" ]; then
    echo "Cargo.toml pins wasm-bindgen $pinned but scripts/lib.sh expects $WASM_BINDGEN_VERSION" >&2
    exit 1
  fi
  if wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$" \
     && command -v wasm-bindgen-test-runner >/dev/null; then
    return
  fi
  say "Building wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 3 minutes, once)"
  # `cargo install --locked wasm-bindgen-cli` wants a webpki-roots release that the
  # registry here does not serve, so build from the published source with that one
  # dependency moved back a patch release.
  cargo info "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" >/dev/null
  local src work
  src="$(ls -d "$HOME"/.cargo/registry/src/*/wasm-bindgen-cli-"$WASM_BINDGEN_VERSION" | head -n 1)"
  work="$(mktemp -d)"
  cp -r "$src" "$work/cli"
  (cd "$work/cli" && cargo update -p webpki-roots --precise 1.0.10 && cargo install --locked --path .)
  rm -rf "$work"
}

ensure_npm_packages() {
  # package-lock.json is committed; `npm ci` installs exactly it. A stamp of the
  # lockfile's hash makes the second run instant.
  local want have
  want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  have="$(cat "$ROOT/node_modules/.entitle-lock-sha256" 2>/dev/null || true)"
  if [ "$want" != "$have" ]; then
    say "Installing npm packages from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$ROOT/node_modules/.entitle-lock-sha256"
  fi
}

# $1 = "browser" to include Chromium (tests and benchmark).
ensure_tools() {
  ensure_rust_target
  ensure_debian_packages "${1:-}"
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm_packages
}

# The release build the person gets: trunk offline, then brotli/gzip copies for the server.
build_release() {
  say "Building the release app with trunk (offline)"
  (cd "$ROOT" && cargo fetch --locked >/dev/null && trunk build --release --offline)
  node "$ROOT/scripts/postbuild.mjs" "$ROOT/dist"
}
