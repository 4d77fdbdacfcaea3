#!/usr/bin/env bash
# Installs the real tools runlens's tests and benchmarks use (default), or those that regenerate fixtures (`fixtures`), cached outside the clone so CI
# and later sessions reuse them. Usage: scripts/install-tools.sh [TOOL...]   (default: all)
# Prints `export PATH=…` lines' worth of knowledge via tools-env.sh; tests find tools through
# $RUNLENS_TOOLS (default $HOME/.cache/runlens-tools)/bin.
set -euo pipefail
TOOLS_DIR="${RUNLENS_TOOLS:-$HOME/.cache/runlens-tools}"
BIN="$TOOLS_DIR/bin"
mkdir -p "$BIN"
export PATH="$BIN:$PATH"
log() { printf 'install-tools: %s\n' "$*" >&2; }

# Each tool: a function install_<name> that is a no-op when the tool is already cached.

ALL_TOOLS=()
# Tools that only regenerate committed fixtures (tests/fixtures/*/generate.sh): `install-tools.sh fixtures`.
FIXTURE_TOOLS=(sox)

# gitleaks: the benchmark and accuracy baseline for the built-in secret scanner (bench/secrets).
GITLEAKS_VERSION=v8.30.1
install_gitleaks() {
  if [ -x "$BIN/gitleaks" ] && "$BIN/gitleaks" version 2>/dev/null | grep -qx "${GITLEAKS_VERSION#v}"; then return 0; fi
  log "gitleaks $GITLEAKS_VERSION (go install from the module proxy)"
  GOBIN="$BIN" GOFLAGS=-buildvcs=false go install -ldflags "-X github.com/zricethezav/gitleaks/v8/version.Version=${GITLEAKS_VERSION#v}" "github.com/zricethezav/gitleaks/v8@$GITLEAKS_VERSION"
}
ALL_TOOLS+=(gitleaks)

# numdiff (Debian): the reference the golden benchmark measures runlens's CSV comparator against.
# apt installs system-wide; the symlink keeps "$BIN" the one place tests and benches look.
install_numdiff() {
  if [ ! -x /usr/bin/numdiff ]; then
    log "numdiff: apt-get install -y numdiff"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq numdiff >/dev/null
  fi
  if [ ! -e "$BIN/numdiff" ] && [ -x /usr/bin/numdiff ]; then ln -sf /usr/bin/numdiff "$BIN/numdiff"; fi
}
ALL_TOOLS+=(numdiff)

# sox (Debian): writes the WAV fixtures of tests/fixtures/golden (bench and CI use the committed files,
# so it is not in ALL_TOOLS; tests/fixtures/golden/make-fixtures.sh needs it).
install_sox() {
  if [ ! -x /usr/bin/sox ]; then
    log "sox: apt-get install -y sox"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sox >/dev/null
  fi
}

# Jaeger v2 (an OpenTelemetry Collector distribution: OTLP receiver + query API), for the telemetry
# tests and bench/otel. Module v1.76.0 is the Jaeger v2.13.0 release (the module path has no /v2).
JAEGER_MODULE_VERSION=v1.76.0
install_jaeger() {
  local stamp="$TOOLS_DIR/jaeger-$JAEGER_MODULE_VERSION.stamp"
  if [ -x "$BIN/jaeger" ] && [ -f "$stamp" ]; then return 0; fi
  command -v go >/dev/null || { log "jaeger needs Go (https://go.dev/dl/)"; return 1; }
  log "building jaeger $JAEGER_MODULE_VERSION from the Go module proxy (several minutes on 2 cores)"
  # `go install …/cmd/jaeger@version` refuses modules with replace directives (jaeger pins sarama),
  # so build inside the downloaded module, where its go.mod applies as the main module.
  local src
  src="$(go mod download -json "github.com/jaegertracing/jaeger@$JAEGER_MODULE_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  [ -n "$src" ] || { log "could not download github.com/jaegertracing/jaeger@$JAEGER_MODULE_VERSION"; return 1; }
  (cd "$src" && GOBIN="$BIN" GOFLAGS=-trimpath go install ./cmd/jaeger)
  touch "$stamp"
}
ALL_TOOLS+=(jaeger)

# bandit (PyPI): writes the real SARIF the ingestion fixtures come from (tests/fixtures/sarif/generate.sh).
BANDIT_VERSION=1.9.4
install_bandit() {
  if [ -x "$BIN/bandit" ] && "$BIN/bandit" --version 2>/dev/null | grep -q "bandit $BANDIT_VERSION"; then return 0; fi
  log "bandit $BANDIT_VERSION (pip, in its own venv)"
  python3 -m venv "$TOOLS_DIR/venvs/bandit"
  "$TOOLS_DIR/venvs/bandit/bin/pip" install -q "bandit[sarif]==$BANDIT_VERSION"
  ln -sf "$TOOLS_DIR/venvs/bandit/bin/bandit" "$BIN/bandit"
}
FIXTURE_TOOLS+=(bandit)

# ESLint with Microsoft's SARIF formatter (npm): SARIF with file:// URIs for the ingestion fixtures.
ESLINT_VERSION=10.15.0
ESLINT_SARIF_VERSION=3.1.0
install_eslint_sarif() {
  local dir="$TOOLS_DIR/node/eslint-sarif"
  if [ -x "$dir/node_modules/.bin/eslint" ] && [ -f "$dir/.v-$ESLINT_VERSION-$ESLINT_SARIF_VERSION" ]; then return 0; fi
  log "eslint $ESLINT_VERSION + @microsoft/eslint-formatter-sarif $ESLINT_SARIF_VERSION (npm)"
  mkdir -p "$dir"
  (cd "$dir" && [ -f package.json ] || echo '{"private":true}' >package.json)
  npm install --prefix "$dir" --no-audit --no-fund --silent "eslint@$ESLINT_VERSION" "@microsoft/eslint-formatter-sarif@$ESLINT_SARIF_VERSION"
  ln -sf "$dir/node_modules/.bin/eslint" "$BIN/eslint-sarif"
  touch "$dir/.v-$ESLINT_VERSION-$ESLINT_SARIF_VERSION"
}
FIXTURE_TOOLS+=(eslint-sarif)

# gosec (Go module proxy): SARIF with absolute paths and rules carrying CWE tags, for the ingestion fixtures.
GOSEC_VERSION=v2.22.11
install_gosec() {
  if [ -x "$BIN/gosec" ] && "$BIN/gosec" -version 2>/dev/null | grep -q "Version: ${GOSEC_VERSION#v}"; then return 0; fi
  command -v go >/dev/null || { log "gosec needs Go (https://go.dev/dl/)"; return 1; }
  log "gosec $GOSEC_VERSION (go install from the module proxy)"
  GOBIN="$BIN" GOFLAGS=-buildvcs=false go install -ldflags "-X main.Version=${GOSEC_VERSION#v}" "github.com/securego/gosec/v2/cmd/gosec@$GOSEC_VERSION"
}
FIXTURE_TOOLS+=(gosec)

# mocha (npm): its xunit reporter writes a bare <testsuite> root, one of the JUnit fixture shapes.
MOCHA_VERSION=12.0.3
install_mocha() {
  local dir="$TOOLS_DIR/node/mocha"
  if [ -x "$dir/node_modules/.bin/mocha" ] && [ -f "$dir/.v-$MOCHA_VERSION" ]; then return 0; fi
  log "mocha $MOCHA_VERSION (npm)"
  mkdir -p "$dir"
  (cd "$dir" && [ -f package.json ] || echo '{"private":true}' >package.json)
  npm install --prefix "$dir" --no-audit --no-fund --silent "mocha@$MOCHA_VERSION"
  ln -sf "$dir/node_modules/.bin/mocha" "$BIN/mocha"
  touch "$dir/.v-$MOCHA_VERSION"
}
FIXTURE_TOOLS+=(mocha)

if [ "$#" -eq 0 ]; then set -- "${ALL_TOOLS[@]}"; fi
if [ "$*" = fixtures ]; then set -- "${FIXTURE_TOOLS[@]}"; fi
for tool in "$@"; do
  "install_${tool//-/_}"
done
