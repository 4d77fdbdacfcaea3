import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ingestSarif } from '../../src/ingest/sarif.js';
import { GITHUB_SARIF_LIMITS, toSarif } from '../../src/report/sarif.js';
import { finding, findings, run, step } from '../support/run-result.js';
import { schemaErrors, schemaValidator } from '../support/shared-schemas.js';

const sarifSchema = () => schemaValidator('sarif-2.1.0.schema.json', '04');

function mixedRun() {
  return run({
    steps: [
      step({
        id: 'semgrep',
        kind: 'semgrep',
        findings: [
          finding({ severity: 'critical', properties: { tags: ['external/cwe/cwe-78'] } }),
          finding({ severity: 'medium' }),
          finding({ ruleId: 'js.no-eval', title: 'eval | exec', severity: 'low', location: { path: 'web/app dir/x.js', startLine: 3 } }),
        ],
      }),
      step({
        id: 'secrets',
        kind: 'secrets',
        findings: [
          finding({
            tool: 'runlens-secrets',
            toolVersion: undefined,
            ruleId: 'github-pat',
            title: 'GitHub token',
            category: 'secret',
            severity: 'high',
            location: { path: '.env', startLine: 2, startColumn: 7, snippet: 'ghp_****' },
          }),
        ],
      }),
      step({
        id: 'golden',
        kind: 'golden',
        findings: [
          finding({
            tool: 'runlens-golden',
            ruleId: 'golden/mismatch',
            category: 'golden',
            severity: 'medium',
            location: undefined,
            help: undefined,
            helpUri: undefined,
          }),
        ],
      }),
      step({
        id: 'lint',
        findings: [
          finding({
            tool: 'ESLint',
            ruleId: 'no-unused-vars',
            category: 'quality',
            severity: 'medium',
            location: { path: '/opt/elsewhere/lib.js', startLine: 1 },
          }),
        ],
      }),
    ],
  });
}

describe('toSarif', () => {
  it('writes a log that is valid against the SARIF 2.1.0 schema', () => {
    const { log, notes } = toSarif(mixedRun());
    expect(schemaErrors(sarifSchema(), log)).toEqual([]);
    expect(notes).toEqual([]);
  });

  it('writes one run per tool, each with a distinct automationDetails id that names the pipeline', () => {
    const { log } = toSarif(mixedRun());
    expect(log.runs.map((r) => r.tool.driver.name)).toEqual(['ESLint', 'runlens-golden', 'runlens-secrets', 'semgrep']);
    const ids = log.runs.map((r) => r.automationDetails?.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids).toContain('runlens/semgrep/payments-api/ci/');
  });

  it('describes each rule with help, level and a security-severity from its worst result', () => {
    const { log } = toSarif(mixedRun());
    const semgrep = log.runs.find((r) => r.tool.driver.name === 'semgrep')!;
    const rule = semgrep.tool.driver.rules!.find((r) => r.id === 'python.lang.security.audit.subprocess-shell-true')!;
    expect(rule.defaultConfiguration?.level).toBe('error');
    expect(rule.properties?.['security-severity']).toBe('9.5');
    expect(rule.properties?.tags).toEqual(expect.arrayContaining(['security', 'external/cwe/cwe-78']));
    expect(rule.help).toEqual({
      text: 'Pass a list of arguments and `shell=False`.',
      markdown: 'Pass a list of arguments and `shell=False`.',
    });
    expect(semgrep.tool.driver.version).toBe('1.90.0');
  });

  it('points every result at its rule by index', () => {
    const { log } = toSarif(mixedRun());
    for (const r of log.runs) for (const result of r.results!) expect(r.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('locates results relative to %SRCROOT%, URI-encoded, and files outside the workspace by file URI', () => {
    const { log } = toSarif(mixedRun());
    const all = log.runs.flatMap((r) => r.results!);
    const spaced = all.find((r) => r.ruleId === 'js.no-eval')!.locations![0]!.physicalLocation!.artifactLocation!;
    expect(spaced).toEqual({ uri: 'web/app%20dir/x.js', uriBaseId: '%SRCROOT%' });
    const outside = all.find((r) => r.ruleId === 'no-unused-vars')!.locations![0]!.physicalLocation!.artifactLocation!;
    expect(outside).toEqual({ uri: 'file:///opt/elsewhere/lib.js' });
  });

  it('places a finding without a location at the configuration file', () => {
    const { log } = toSarif(mixedRun());
    const golden = log.runs.find((r) => r.tool.driver.name === 'runlens-golden')!.results![0]!;
    expect(golden.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'runlens.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 },
    });
  });

  it('keeps primaryLocationLineHash when the flagged line moves, and carries the runlens fingerprint', () => {
    const at = (line: number) =>
      toSarif(
        run({
          steps: [
            step({ findings: [finding({ fingerprint: 'fp-1', location: { path: 'a.py', startLine: line, snippet: '  x = eval(y)' } })] }),
          ],
        }),
      ).log.runs[0]!.results![0]!;
    const before = at(10);
    const after = at(42);
    expect(before.partialFingerprints!.primaryLocationLineHash).toBe(after.partialFingerprints!.primaryLocationLineHash);
    expect(before.partialFingerprints!.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
    expect(before.partialFingerprints!['runlens/v1']).toBe('fp-1');
  });

  it('numbers identical lines in one file so their line hashes differ', () => {
    const same = { path: 'a.py', snippet: 'eval(x)' };
    const { log } = toSarif(
      run({
        steps: [step({ findings: [finding({ location: { ...same, startLine: 1 } }), finding({ location: { ...same, startLine: 9 } })] })],
      }),
    );
    const hashes = log.runs[0]!.results!.map((r) => r.partialFingerprints!.primaryLocationLineHash);
    expect(hashes[0]!.replace(/:\d+$/, '')).toBe(hashes[1]!.replace(/:\d+$/, ''));
    expect(hashes[0]).not.toBe(hashes[1]);
  });

  it('passes through the line hash a tool gave in partialFingerprints', () => {
    const f = finding({ properties: { partialFingerprints: { primaryLocationLineHash: 'abc123:4' } } });
    const { log } = toSarif(run({ steps: [step({ findings: [f] })] }));
    expect(log.runs[0]!.results![0]!.partialFingerprints!.primaryLocationLineHash).toBe('abc123:4');
  });

  it('records the commit it describes', () => {
    const { log } = toSarif(mixedRun());
    expect(log.runs[0]!.versionControlProvenance).toEqual([
      {
        repositoryUri: 'https://github.com/acme/payments-api',
        revisionId: '0123456789abcdef0123456789abcdef01234567',
        branch: 'refs/pull/7/merge',
      },
    ]);
  });

  it('writes an empty run for each tool of a scan that passed with no findings, so fixed alerts close', () => {
    const { log } = toSarif(
      run({
        steps: [
          step({ id: 'secrets', kind: 'secrets', tools: [{ name: 'runlens-secrets', category: 'secret' }] }),
          step({ id: 'deps', kind: 'deps', status: 'failed', tools: [{ name: 'runlens-deps', category: 'dependency' }] }),
        ],
      }),
    );
    expect(log.runs.map((r) => [r.tool.driver.name, r.results!.length])).toEqual([['runlens-secrets', 0]]);
    expect(schemaErrors(sarifSchema(), log)).toEqual([]);
  });

  it('reads back through ingestSarif as the same findings', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'runlens-sarif-roundtrip-'));
    try {
      const original = mixedRun();
      await writeFile(path.join(dir, 'runlens.sarif'), JSON.stringify(toSarif(original).log));
      const { findings: back } = await ingestSarif(['runlens.sarif'], { cwd: dir, workspace: original.workspace, stepId: 'again' });
      const key = (f: { tool: string; ruleId: string; severity: string }) => `${f.tool}/${f.ruleId}/${f.severity}`;
      const expected = original.steps
        .flatMap((s) => s.findings)
        .map(key)
        .sort();
      expect(back.map(key).sort()).toEqual(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('toSarif within GitHub limits', () => {
  it('keeps the most severe results of a run over the per-run limit and says what it left out', () => {
    const many = findings(10, ['low', 'critical', 'note', 'medium', 'high']);
    const { log, notes } = toSarif(run({ steps: [step({ findings: many })] }), { ...GITHUB_SARIF_LIMITS, resultsPerRun: 4 });
    const levels = log.runs[0]!.results!.map((r) => r.properties!.severity);
    expect(levels).toEqual(['critical', 'critical', 'high', 'high']);
    expect(notes).toEqual([
      'SARIF: semgrep has 10 findings; the 4 most severe are uploaded (GitHub accepts 4 per run), 6 left out (none worse than medium).',
    ]);
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications!.map((n) => n.message.text)).toEqual(notes);
    expect(schemaErrors(sarifSchema(), log)).toEqual([]);
  });

  it('drops the tools with the least severe findings beyond the run limit', () => {
    const steps = [
      step({ id: 'a', findings: [finding({ tool: 'alpha', severity: 'note' })] }),
      step({ id: 'b', findings: [finding({ tool: 'beta', severity: 'critical' })] }),
      step({ id: 'c', findings: [finding({ tool: 'gamma', severity: 'medium' })] }),
    ];
    const { log, notes } = toSarif(run({ steps }), { ...GITHUB_SARIF_LIMITS, runs: 2 });
    expect(log.runs.map((r) => r.tool.driver.name)).toEqual(['beta', 'gamma']);
    expect(notes[0]).toContain('1 of 3 tools left out');
    expect(notes[0]).toContain('alpha');
  });

  it('sheds the least severe results until the gzipped log fits the size limit', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      finding({
        severity: i % 4 === 0 ? 'critical' : 'note',
        message: `finding ${i} ${'lorem ipsum dolor sit amet '.repeat(3)}${i * 7919}`,
        fingerprint: `fp${i}`,
      }),
    );
    const limit = 8_000;
    const { log, notes } = toSarif(run({ steps: [step({ findings: many })] }), { ...GITHUB_SARIF_LIMITS, gzipBytes: limit });
    expect(gzipSync(JSON.stringify(log)).length).toBeLessThanOrEqual(limit);
    const kept = log.runs[0]!.results!;
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(400);
    // Every critical that fits is kept before any note.
    const criticals = kept.filter((r) => r.properties!.severity === 'critical').length;
    expect(criticals === 100 || kept.every((r) => r.properties!.severity === 'critical')).toBe(true);
    expect(notes.some((n) => n.includes('least severe findings left out to keep the upload under'))).toBe(true);
  });
});
