#!/usr/bin/env bash
# Stands in for a network fetch that fails now and then: fails on its first attempt, passes on the retry.
set -euo pipefail
marker="${RUNLENS_DEMO_STATE:-.runlens}/flaky-fetch.attempted"
mkdir -p "$(dirname "$marker")"
if [ ! -f "$marker" ]; then
  touch "$marker"
  echo "fetching price list… connection reset by peer" >&2
  exit 1
fi
rm -f "$marker"
echo "fetched 3 price lists"
