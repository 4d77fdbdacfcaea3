import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { Matcher } from '../../src/checks/secrets/matcher.js';
import { EMPTY_ALLOW } from '../../src/checks/secrets/rule.js';
import { BUILTIN_RULES } from '../../src/checks/secrets/rules.js';
it('explore', () => {
  const m = new Matcher({ rules: [...BUILTIN_RULES], allow: EMPTY_ALLOW });
  const lines = readFileSync(process.env.HOME + '/.cache/runlens-tools/gitleaks-samples-v8.30.1.jsonl', 'utf8').trim().split('\n');
  const out: string[] = [];
  for (const l of lines) {
    const s = JSON.parse(l) as { rule: string; tp: { path?: string; text: string }[]; fp: { path?: string; text: string }[] };
    const hit = new Map<string, number>(); let miss = 0; const missEx: string[] = [];
    for (const t of s.tp) { const b = Buffer.from(t.text); const ids = m.scan(b, b.length, t.path ?? 'sample.txt').map((x) => x.ruleId); if (ids.length === 0) { miss++; if (missEx.length < 2) missEx.push(t.text.slice(0, 150)); } for (const id of new Set(ids)) hit.set(id, (hit.get(id) ?? 0) + 1); }
    let fph = 0; const fpIds = new Set<string>();
    for (const t of s.fp) { const b = Buffer.from(t.text); const ids = m.scan(b, b.length, t.path ?? 'sample.txt').map((x) => x.ruleId); if (ids.length) { fph++; ids.forEach((i) => fpIds.add(i)); } }
    out.push(`${s.rule}\ttp=${s.tp.length} miss=${miss} fp=${s.fp.length} fphit=${fph} [${[...fpIds].join(',')}] hits=${[...hit].map(([k, v]) => k + ':' + v).join(',')}\n    ${missEx.map((x) => JSON.stringify(x)).join('\n    ')}`);
  }
  writeFileSync('/tmp/rlx/explore.txt', out.join('\n'));
});
