// Agreement with gitleaks' own rule samples: the true and false positives its rule generators validate,
// extracted at test time from the gitleaks module in the Go module cache by scripts/install-tools.sh
// (`gitleaks-samples`) into the tools cache — nothing of gitleaks is copied into this repository.
// For every gitleaks rule that a runlens rule covers (GITLEAKS_COVERAGE), every true-positive sample must be
// found by those runlens rules, and no false-positive sample may be; the exceptions are the samples runlens's
// placeholder filter rejects by design (reported, counted) and the documented format differences below.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/checks/secrets/matcher.js';
import { EMPTY_ALLOW, type SecretRule } from '../../src/checks/secrets/rule.js';
import { BUILTIN_RULES } from '../../src/checks/secrets/rules.js';
import { GITLEAKS_COVERAGE, GITLEAKS_DIFFERENCES } from '../../src/checks/secrets/gitleaks-coverage.js';

const SAMPLES = path.join(
  process.env.RUNLENS_TOOLS ?? path.join(os.homedir(), '.cache', 'runlens-tools'),
  'gitleaks-samples-v8.30.1.jsonl',
);

interface Sample {
  path?: string;
  text: string;
}
interface RuleSamples {
  rule: string;
  tp: Sample[];
  fp: Sample[];
}

function load(): RuleSamples[] {
  if (!existsSync(SAMPLES)) throw new Error(`${SAMPLES} is missing: run scripts/install-tools.sh gitleaks-samples`);
  return readFileSync(SAMPLES, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as RuleSamples);
}

const byId = new Map(BUILTIN_RULES.map((r) => [r.id, r]));
function matcherFor(ids: readonly string[], placeholders: boolean): Matcher {
  const rules = ids.map((id) => {
    const rule = byId.get(id);
    if (!rule) throw new Error(`GITLEAKS_COVERAGE names ${id}, which is not a built-in rule`);
    return placeholders ? rule : ({ ...rule, noPlaceholderCheck: true } satisfies SecretRule);
  });
  return new Matcher({ rules, allow: EMPTY_ALLOW, decode: true });
}
function found(m: Matcher, s: Sample): boolean {
  const bytes = Buffer.from(s.text);
  return m.scan(bytes, bytes.length, s.path ?? 'sample.txt').length > 0;
}

describe("gitleaks 8.30's rule samples", () => {
  const all = load();

  it('maps every gitleaks rule to the runlens rules that cover it, or names why not', () => {
    const unmapped = all.map((s) => s.rule).filter((id) => !(id in GITLEAKS_COVERAGE) && !(id in GITLEAKS_DIFFERENCES));
    expect(unmapped).toEqual([]);
  });

  it.each(all.filter((s) => GITLEAKS_COVERAGE[s.rule]).map((s) => [s.rule, s] as const))(
    '%s: every true positive is found, no false positive is',
    (_, s) => {
      const ids = GITLEAKS_COVERAGE[s.rule]!;
      const strict = matcherFor(ids, true);
      const lax = matcherFor(ids, false);
      const known = GITLEAKS_DIFFERENCES[s.rule];
      const missed = s.tp.filter((t) => !found(strict, t));
      // A miss is by design when only the placeholder filter drops it (`12345678-ABCD-…`, `QQQQ…`, `…fake…`).
      const real = missed.filter((t) => !found(lax, t));
      const tolerated = known?.tpMisses ?? 0;
      expect(real.length, `missed:\n${real.map((t) => t.text.slice(0, 200)).join('\n')}`).toBeLessThanOrEqual(tolerated);
      const fps = s.fp.filter((t) => found(strict, t));
      expect(fps.length, `false positives:\n${fps.map((t) => t.text.slice(0, 200)).join('\n')}`).toBeLessThanOrEqual(known?.fpHits ?? 0);
    },
  );
});
