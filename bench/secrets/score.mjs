// Recall and precision of runlens and gitleaks on the labelled corpus (tests/fixtures/secrets).
// A label is found when a finding starts on one of its lines; a finding on no label is a false positive.
// Counted per distinct file:line, so one secret reported by two rules counts once.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const CORPUS = path.resolve(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'secrets');

export function score(labels, findings) {
  const on = (l, f) => f.path === l.path && f.line >= l.line && f.line <= l.endLine;
  const found = labels.filter((l) => findings.some((f) => on(l, f)));
  const places = new Set(findings.map((f) => `${f.path}:${f.line}`));
  const fps = findings.filter((f) => !labels.some((l) => on(l, f)));
  const fpPlaces = new Set(fps.map((f) => `${f.path}:${f.line}`));
  return {
    labels: labels.length,
    found: found.length,
    recall: found.length / labels.length,
    falsePositives: fpPlaces.size,
    precision: places.size === 0 ? 1 : (places.size - fpPlaces.size) / places.size,
    missed: labels.filter((l) => !found.includes(l)),
    fps,
  };
}

/** `runlens(dir)` returns Finding[]; gitleaks is the binary. */
export async function scoreCorpus({ runlens, gitleaks, work }) {
  const dir = path.join(CORPUS, 'corpus');
  const labels = JSON.parse(readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')).secrets;
  const ours = (await runlens(dir)).map((f) => ({ path: f.location.path, line: f.location.startLine, rule: f.ruleId }));
  const report = path.join(work, 'gitleaks-corpus.json');
  const r = spawnSync(gitleaks, [
    'dir',
    dir,
    '--no-banner',
    '--log-level',
    'error',
    '--report-format',
    'json',
    '--report-path',
    report,
    '--exit-code',
    '0',
  ]);
  if (r.status !== 0) throw new Error(`gitleaks exited ${r.status}`);
  const theirs = JSON.parse(readFileSync(report, 'utf8')).map((f) => ({
    path: path.relative(dir, path.resolve(dir, f.File)).split(path.sep).join('/'),
    line: f.StartLine,
    rule: f.RuleID,
  }));
  const a = score(labels, ours);
  const b = score(labels, theirs);
  const types = new Set(labels.map((l) => l.type)).size;
  const fmt = (name, s) =>
    `  ${name.padEnd(8)}: recall ${s.found}/${s.labels} = ${(s.recall * 100).toFixed(1)}%  · false positives ${s.falsePositives}  · precision ${(s.precision * 100).toFixed(1)}%`;
  const missedTypes = (s) => [...new Set(s.missed.map((l) => l.type))];
  const lines = [
    `accuracy on the labelled corpus (${labels.length} planted secrets of ${types} detector types, plus decoys):`,
    fmt('runlens', a),
    fmt('gitleaks', b),
    `  runlens missed types: ${missedTypes(a).join(', ') || 'none'}`,
    `  gitleaks missed types: ${missedTypes(b).join(', ') || 'none'}`,
    `  runlens false positives: ${a.fps.map((f) => `${f.rule} ${f.path}:${f.line}`).join(', ') || 'none'}`,
    `  gitleaks false positives: ${b.fps.map((f) => `${f.rule} ${f.path}:${f.line}`).join(', ') || 'none'}`,
  ];
  return { runlens: a, gitleaks: b, lines };
}
