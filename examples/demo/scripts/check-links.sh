#!/usr/bin/env bash
# A docs check the team hasn't fixed yet: it fails, and the pipeline allows it (continue-on-error).
set -u
broken=0
for f in docs/*.md; do
  grep -o '](\./[^)]*)' "$f" | sed 's/](\.\/\(.*\))/\1/' | while read -r target; do
    [ -e "docs/$target" ] || { echo "$f: broken link to $target"; exit 1; }
  done || broken=1
done
exit $broken
