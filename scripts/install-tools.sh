#!/usr/bin/env bash
# Installs the real tools runlens's tests and benchmarks use, cached outside the clone so CI
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

if [ "$#" -eq 0 ]; then set -- "${ALL_TOOLS[@]}"; fi
for tool in "$@"; do
  "install_${tool//-/_}"
done
